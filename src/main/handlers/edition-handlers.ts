import type { Handlers } from '../ipc/handler-types'
import type { HandlerDeps } from './ports'

type EditionRoutes = 'edition.list' | 'edition.create' | 'edition.open' | 'edition.save' | 'edition.appendEdit'

/** Handlers for the edition store: list, create (save as), open, save, and autosave one edit. */
export function createEditionHandlers(deps: HandlerDeps): Pick<Handlers, EditionRoutes> {
  return {
    'edition.list': async () => (await deps.getStore()).listEditions(),
    'edition.create': async ({ meta, pages }) => (await deps.getStore()).createEdition(meta, pages),
    'edition.open': async ({ id }) => (await deps.getStore()).getEdition(id),
    'edition.save': async ({ edition }) => (await deps.getStore()).saveEdition(edition),
    'edition.appendEdit': async ({ editionId, edit }) => {
      await (await deps.getStore()).appendEdit(editionId, edit)
      return {}
    }
  }
}
