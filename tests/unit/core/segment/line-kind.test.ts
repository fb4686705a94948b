import { describe, expect, it } from 'vitest'
import { classifyLine } from '../../../../src/core/segment/line-kind'

describe('classifyLine', () => {
  it.each([
    ['区委理论学习中心组（扩大）学习会召开', 'heading'],
    ['如此美容美发店！', 'heading'],
    ['本报讯（记者 黄雅婷）昨天上午，市委常委、区委书记乔俊杰主持召开学习会。', 'lead'],
    ['本报记者刘工践', 'byline'],
    ['（杜中武孙传刚）', 'credit'],
    ['（新华社记者周确摄）', 'photo-credit'],
    ['（附图片1张）', 'photo-note'],
    ['（一九九七年十二月三十一日）', 'date-note'],
    ['———编者', 'signature'],
    ['编者按：', 'label'],
    ['一、匆匆上任', 'numbered'],
    ['上证指数９１７．０２９１４．０６１５１０．１８', 'table'],
    ['会议还学习了习近平总书记关于国防和军队建设重要讲话和指示批示精神。', 'body'],
    ['中共中央统战部及北京市委等有关领导观看了演出。（宗素华）', 'body']
  ])('%s is a %s line', (text, kind) => {
    expect(classifyLine(text).kind).toBe(kind)
  })

  it('flags credits, photo credits, photo marks and names', () => {
    expect(classifyLine('…率先达到世界先进水平。(王琤)').endsWithCredit).toBe(true)
    expect(classifyLine('眼下，项目正在加快土建中。图为项目航拍。徐晶玮 摄').endsWithPhotoCredit).toBe(true)
    expect(classifyLine('挂起红灯迎新年(图片)').photoMark).toBe(true)
    expect(classifyLine('周德武').nameLike).toBe(true)
    expect(classifyLine('误区：甲减下的人让乙背上').colonHeading).toBe(true)
  })
})
