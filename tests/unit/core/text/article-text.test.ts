import { describe, expect, it } from 'vitest'
import { deriveTextFields } from '../../../../src/core/text/article-text'
import type { ArticleLine, LineRole, Repair } from '../../../../src/shared/model/analysis'

function line(source: string, text: string, role: LineRole): ArticleLine {
  const at = source.indexOf(text)
  return { role, sourceStart: at, sourceEnd: at + text.length }
}

describe('deriveTextFields', () => {
  it('reads a subheadline wrapped over two lines as one, and a blank line as two subheadlines', () => {
    const source = '大桥通车\n\n两岸居民\n从此一桥相连\n\n车程缩短一半'
    const lines = [
      line(source, '大桥通车', 'headline'),
      line(source, '两岸居民', 'subheadline'),
      line(source, '从此一桥相连', 'subheadline'),
      line(source, '车程缩短一半', 'subheadline')
    ]
    expect(deriveTextFields(source, [], lines).subheadlines).toEqual(['两岸居民从此一桥相连', '车程缩短一半'])
  })

  it('fills every text field from the lines and the applied repairs', () => {
    const source = '本报讯\n大桥通车\n\n今天上午,大桥通车。'
    const at = source.indexOf(',')
    const repairs: Repair[] = [{ id: 'w', kind: 'punct-width', sourceStart: at, sourceEnd: at + 1, before: ',', after: '，', applied: true }]
    const lines = [line(source, '本报讯', 'dateline'), line(source, '大桥通车', 'headline'), line(source, '今天上午,大桥通车。', 'body')]
    expect(deriveTextFields(source, repairs, lines)).toEqual({ kicker: null, headline: '大桥通车', subheadlines: [], dateline: '本报讯', body: '今天上午，大桥通车。' })
  })
})
