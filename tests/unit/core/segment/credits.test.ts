import { describe, expect, it } from 'vitest'
import { parseByline, parseClosingCredit, parseLead, parsePhotoCredit } from '../../../../src/core/segment/credits'

const texts = (spans: readonly { text: string }[]): string[] => spans.map((s) => s.text)

describe('credits', () => {
  it('reads leads: dateline and the reporters named with it', () => {
    expect(parseLead('本报讯（记者 黄雅婷）昨天上午，市委常委…')).toMatchObject({ dateline: '本报讯', datelineEnd: 3, end: 11 })
    expect(texts(parseLead('本报讯（记者 黄雅婷）昨天上午')?.reporters ?? [])).toEqual(['黄雅婷'])
    expect(parseLead('据新华社莫斯科12月30日电（记者张铁柱）俄罗斯总统')?.dateline).toBe('新华社莫斯科12月30日电')
    expect(texts(parseLead('新华社北京十二月三十一日电（中央人民广播电台记者刘振英、新华社记者张宿堂）今天是')?.reporters ?? [])).toEqual(['刘振英', '张宿堂'])
    expect(texts(parseLead('本报北京１２月３１日讯新华社记者陈雁、本报记者何加正报道：在度过了')?.reporters ?? [])).toEqual(['陈雁', '何加正'])
    expect(texts(parseLead('新华社北京１月１日电（江涛、曹斌）昨晚')?.reporters ?? [])).toEqual(['江涛', '曹斌'])
    expect(parseLead('本报记者刘工践')).toBeNull()
    expect(parseLead('昨天上午，市长主持会议。')).toBeNull()
  })

  it('keeps the offsets of each name in its line', () => {
    const line = '本报讯（记者 朱梦琪）昨天上午'
    const [name] = parseLead(line)?.reporters ?? []
    expect(line.slice(name?.start, name?.end)).toBe('朱梦琪')
  })

  it('reads bylines, splitting six characters as two names', () => {
    expect(texts(parseByline('本报记者刘工践'))).toEqual(['刘工践'])
    expect(texts(parseByline('本报记者李济国贾建舟'))).toEqual(['李济国', '贾建舟'])
    expect(texts(parseByline('新华社记者孙茂庆新华社通讯员钱友荣'))).toEqual(['孙茂庆', '钱友荣'])
  })

  it('reads photographers from photo credits, and nobody from agency photos', () => {
    expect(texts(parsePhotoCredit('图为项目航拍。徐晶玮 摄'))).toEqual(['徐晶玮'])
    expect(texts(parsePhotoCredit('12月31日，江泽民发表新年讲话。（新华社记者兰红光摄）'))).toEqual(['兰红光'])
    expect(texts(parsePhotoCredit('（照片：秦陶摄）'))).toEqual(['秦陶'])
    expect(texts(parsePhotoCredit('（新华社发美联社照片）'))).toEqual([])
  })

  it('reads names from closing credits but not datelines', () => {
    expect(texts(parseClosingCredit('…率先达到世界先进水平。(王琤)'))).toEqual(['王琤'])
    expect(parseClosingCredit('…各项工作。（新华社北京1月1日电）')).toEqual([])
  })
})
