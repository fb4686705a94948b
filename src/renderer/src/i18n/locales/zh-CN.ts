import { recoveryZhCN } from './recovery.zh-CN'
import type { Messages } from './en'
import { workbenchZhCN } from './workbench.zh-CN'

/** 简体中文界面文字。键与 en.ts 完全一致（由类型检查保证）。 */
export const zhCN: Messages = {
  app: {
    title: 'Galley 版面工作台',
    language: '语言',
    dataDir: '数据文件夹：{{dir}}'
  },
  toolbar: {
    openFile: '打开文件…',
    openSample: '打开示例',
    saveAs: '保存为期次…',
    save: '保存期次',
    editions: '期次列表',
    backToPage: '返回版面'
  },
  empty: {
    title: '尚未打开版面',
    body: '通过“文件 ▸ 打开”选择版面文件，或把 .txt 文件拖到窗口任意位置，也可以打开示例版面。'
  },
  drop: {
    overlay: '松开鼠标即可打开版面文件',
    onlyFirst: '拖入了多个文件，只打开了“{{name}}”。'
  },
  source: {
    heading: '原文',
    label: '{{name}} 的原文',
    meta: '{{name}} · {{encoding}} · {{chars}} 字符'
  },
  articles: {
    heading: '文章（{{count}}）',
    none: '此版面未识别出文章。',
    untitled: '（无标题）',
    range: '第 {{start}}–{{end}} 字符',
    entities: '已标注 {{count}} 个人名、地名、时间等',
    reporters: '记者：{{names}}',
    photographers: '摄影：{{names}}',
    kind: { news: '新闻', photo: '图片', brief: '简讯', other: '其他' }
  },
  save: {
    heading: '保存为期次',
    newspaper: '报纸名称',
    date: '出版日期',
    issueNumber: '期号（可选）',
    submit: '保存期次',
    cancel: '取消',
    saved: '已保存期次“{{newspaper}}” {{date}}。',
    resaved: '已保存“{{newspaper}}” {{date}}。'
  },
  editions: {
    heading: '期次列表',
    none: '还没有保存的期次。打开一个版面并保存为期次即可。',
    open: '打开',
    summary: '{{pages}} 个版面 · {{articles}} 篇文章 · 保存于 {{updated}}',
    loading: '正在读取期次…',
    readOnly: '此期次为只读：{{reason}}',
    opened: '已打开期次“{{newspaper}}” {{date}}。'
  },
  status: {
    working: '正在处理…',
    opening: '正在打开 {{name}}…',
    opened: '已打开 {{name}}：{{count}} 篇文章。',
    dismiss: '关闭'
  },
  errors: {
    INVALID_INPUT: 'Galley 拒绝了格式错误的请求',
    NOT_FOUND: '未找到',
    INTERNAL: 'Galley 内部出错',
    STORE_LOCKED: '期次库正被另一个 Galley 使用',
    STORE_DAMAGED: '存储文件已损坏',
    STORE_NEWER_VERSION: '期次库由更新版本的 Galley 写入',
    STORE_READ_ONLY: '期次库为只读',
    STORE_WRITE_FAILED: '保存失败',
    STORE_CLOSED: '期次库已关闭',
    FORBIDDEN_SENDER: '请求并非来自 Galley 窗口',
    UNKNOWN_ROUTE: 'Galley 不认识这个请求',
    FILE_NOT_FOUND: '找不到该文件',
    FILE_UNREADABLE: '无法读取该文件',
    FILE_EMPTY: '文件是空的',
    FILE_BINARY: '这不是文本文件',
    FILE_TOO_LARGE: '文件过大',
    FILE_UNDECODABLE: '无法识别文件的文字编码',
    unknown: '出错了',
    tooLargeLocal: '“{{name}}”有 {{size}} MB；Galley 只能打开 20 MB 以内的版面文件。'
  },
  ...workbenchZhCN,
  ...recoveryZhCN
}
