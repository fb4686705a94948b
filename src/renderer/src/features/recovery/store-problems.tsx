import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ErrorInfo } from '../../../../shared/errors'
import type { Edition } from '../../../../shared/model/edition'
import type { StoreProblem } from '../../../../shared/store/store-types'
import type { IpcClient } from '../../ipc/client'

interface StoreProblemsProps {
  readonly client: IpcClient
  /** Called with the restored edition so the app can open it. */
  readonly onRestored: (edition: Edition) => void
  readonly onError: (error: ErrorInfo) => void
  /** Changes when an open fails on a damaged file, which the store has just quarantined. */
  readonly refreshToken: unknown
}

/**
 * Tells the editor, once at start, which stored files the store refused and offers each damaged
 * edition's last good revision — the rest of the store keeps working meanwhile.
 */
export function StoreProblems({ client, onRestored, onError, refreshToken }: StoreProblemsProps): React.JSX.Element | null {
  const { t } = useTranslation()
  const [problems, setProblems] = useState<readonly StoreProblem[]>([])
  const [dismissed, setDismissed] = useState(false)

  useEffect(() => {
    let live = true
    void client.request('store.problems', {}).then((result) => {
      if (!live || !result.ok) return
      setProblems((current) => {
        // A problem the editor has not seen yet brings the banner back after a dismiss.
        if (result.value.some((p) => !current.some((c) => c.id === p.id))) setDismissed(false)
        return result.value
      })
    })
    return () => { live = false }
  }, [client, refreshToken])

  if (dismissed || problems.length === 0) return null

  const restore = async (problem: StoreProblem): Promise<void> => {
    if (problem.editionId === null || problem.lastGoodRevision === null) return
    const result = await client.request('edition.restoreRevision', { id: problem.editionId, revisionId: problem.lastGoodRevision })
    if (!result.ok) return onError(result.error)
    setProblems((current) => current.filter((p) => p.id !== problem.id))
    onRestored(result.value)
  }

  return (
    <section className="store-problems" role="alert" aria-labelledby="store-problems-heading">
      <h2 id="store-problems-heading">{t('recovery.heading')}</h2>
      <ul>
        {problems.map((problem) => (
          <li key={problem.id}>
            <span>
              {problem.kind === 'quarantined'
                ? t('recovery.quarantined', { file: problem.file, reason: problem.reason, kept: problem.quarantinedAs ?? '—' })
                : t('recovery.newer', { file: problem.file })}
            </span>{' '}
            {problem.kind === 'quarantined' && (problem.lastGoodRevision !== null && problem.editionId !== null
              ? <button type="button" onClick={() => void restore(problem)}>{t('recovery.restore')}</button>
              : <em>{t('recovery.noRevision')}</em>)}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => setDismissed(true)}>{t('recovery.dismiss')}</button>
    </section>
  )
}
