import { describe, expect, it } from 'vitest'
import { breaksParagraph, explainBreak, isDoubledAcrossBreak } from '../../../../src/core/text/join'

describe('breaksParagraph: is a line break inside one paragraph?', () => {
  it.each([
    ['a sentence cut mid-word', '会上,中共常州市委党校经济管理教研室副教授李卫平围绕“进一步全面深化改革 推', '进中国式现代化”主题作了内容丰富、理论性强的专题辅导。'],
    ['a long line ending in a comma', '根据协议,南京银行常州分行将助力我区在重大基础设施建设、城乡宜居环境打造、', '居民普惠金融服务等领域的重点工作。'],
    ['a lead cut before its dateline ends', '新华社里约热内卢1月', '7日电(记者童炳强)据巴西《商业日报》报道,巴西央行今天宣布降息。'],
    ['a line whose continuation starts with a comma', '他强调指出', ',各级各部门要抓好落实。'],
    ['a number cut in two', '周恩来遗物陈列馆于１９９７', '年１月１９日动工，是经中共中央批准的。'],
    ['a paragraph start ending on 的', '商店里商品以洋货居多，日本的', '家电产品，中国的玩具、服装、小电器，意大利的皮鞋。']
  ])('joins %s', (_what, left, right) => {
    expect(breaksParagraph(left, right)).toBe(true)
  })

  it.each([
    ['a finished sentence', '会议还学习了习近平总书记关于国防和军队建设重要讲话和指示批示精神。', '区政府与南京银行达成战略合作'],
    ['a headline before its lead', '区政府与南京银行达成战略合作', '本报讯(记者 张可馨)昨天下午,武进区人民政府与南京银行常州分行签署战略合作协议。'],
    ['a kicker before its headline', '区委理论学习中心组(扩大)学习会召开', '学习宣传贯彻全会精神'],
    ['a title over two lines', '重点项目', '进行时'],
    ['a closing credit', '全年完钻交井三十口，投产新井三十六口。（杜中武孙传刚）', '延安供水工程建成通水'],
    ['a photo credit', '图为项目航拍。徐晶玮 摄', '区政府第31次常务会议召开'],
    ['a label before its text', '编者按：', '为纪念中国话剧九十年，人民日报文艺部最近联合召开了研讨会。'],
    ['a line before a numbered item', '主要措施有以下几条,一是加强领导,二是加大投入', '１、沈阳医科大学第一附属医院把下岗女工组成护嫂队伍。'],
    ['a byline', '本报记者刘工践', '１９９７年１２月２９日晚，记者前往北京京西宾馆。'],
    ['a short line of verse', '从黄土,从历史,', '从生活的缝隙间']
  ])('keeps %s as its own paragraph', (_what, left, right) => {
    expect(breaksParagraph(left, right)).toBe(false)
  })

  it('names the rule that decided, for evaluation', () => {
    expect(explainBreak('好的环境。', '会议还研究了其他事项。')).toBe('sentence-end')
    expect(explainBreak('区政府第31次常务会议召开', '本报讯(记者 朱梦琪)昨天上午,区委副书记主持召开会议。')).toBe('right-opens')
  })
})

describe('isDoubledAcrossBreak', () => {
  it('finds the character extraction doubled at a column edge (良好 / 好的)', () => {
    expect(isDoubledAcrossBreak('为迎检工作营造良好', '好的氛围。')).toBe(true)
  })

  it('leaves reduplicated words and digits alone', () => {
    expect(isDoubledAcrossBreak('每一个人都要天', '天向上。')).toBe(false)
    expect(isDoubledAcrossBreak('我有个想法想听', '听诸位的高见。')).toBe(false)
    expect(isDoubledAcrossBreak('出版著作1', '1部。')).toBe(false)
    expect(isDoubledAcrossBreak('他要好好', '好学习。')).toBe(false)
  })
})
