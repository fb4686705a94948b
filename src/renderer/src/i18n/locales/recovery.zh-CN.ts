import type { recoveryEn } from './recovery.en'

/** 简体中文：损坏或较新版本文件的提示与恢复。 */
export const recoveryZhCN: typeof recoveryEn = {
  recovery: {
    heading: '有些版次无法打开',
    quarantined: '“{{file}}”已损坏（{{reason}}）。损坏的副本保存在 {{kept}}。',
    newer: '“{{file}}”由更新版本的 Galley 写入，未作任何改动。',
    restore: '恢复到最近一个完好的修订版本',
    noRevision: '没有保存它的更早修订版本。',
    restored: '已从 {{savedAt}} 的修订版本恢复该版次。',
    dismiss: '关闭'
  }
}
