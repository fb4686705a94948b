import type { Article, Entity } from '../../shared/model/analysis'
import type { EditCommand } from './commands'
import { deriveSpan } from '../text/derive'
import { editError } from './errors'
import { done, type Outcome, refused } from './outcome'
import { splitsCharacter } from './source-chars'
import { type EditState, isIdTaken, replaceArticles } from './state'

/**
 * Entity commands. An entity the editor creates or corrects carries signal 'editor' and
 * confidence 1: it is ground truth for training and is never overwritten by a lower-confidence
 * machine guess.
 */

type Command<T extends EditCommand['type']> = Extract<EditCommand, { type: T }>

function sortEntities(entities: Entity[]): Entity[] {
  return entities.sort((a, b) => a.sourceStart - b.sourceStart || a.sourceEnd - b.sourceEnd)
}

function findEntity(state: EditState, entityId: string): { index: number; article: Article; at: number } | undefined {
  const articles = state.analysis.articles
  for (let index = 0; index < articles.length; index++) {
    const article = articles[index] as Article
    const at = article.entities.findIndex((e) => e.id === entityId)
    if (at >= 0) return { index, article, at }
  }
  return undefined
}

/** Checks a span for an entity of `article`; returns its repaired text or why it is refused. */
function checkSpan(state: EditState, article: Article, start: number, end: number): { text: string } | Outcome {
  const { sourceText } = state
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > sourceText.length || end < start) {
    return refused(editError('OFFSET_OUT_OF_RANGE', `Span ${start}–${end} is outside the page text.`))
  }
  if (splitsCharacter(sourceText, start) || splitsCharacter(sourceText, end)) {
    return refused(editError('SPLITS_CHARACTER', 'An entity cannot start or end inside a character.'))
  }
  if (start < article.sourceStart || end > article.sourceEnd) {
    return refused(editError('SPAN_OUTSIDE_ARTICLE', `An entity must lie inside its article (${article.sourceStart}–${article.sourceEnd}).`))
  }
  const text = deriveSpan(sourceText, state.analysis.repairs, start, end)
  if (text.trim().length === 0) return refused(editError('EMPTY_SPAN', 'Select some text to tag.'))
  return { text }
}

function replaceEntity(state: EditState, found: { index: number; article: Article; at: number }, entity: Entity | null): Outcome {
  const entities = found.article.entities.slice()
  if (entity) entities[found.at] = entity
  else entities.splice(found.at, 1)
  const article = { ...found.article, entities: entity ? sortEntities(entities) : entities }
  return done(replaceArticles(state.analysis, new Map([[found.index, article]])))
}

function duplicate(article: Article, start: number, end: number, type: Entity['type'], exceptId?: string): boolean {
  return article.entities.some((e) => e.id !== exceptId && e.sourceStart === start && e.sourceEnd === end && e.type === type)
}

/** Tags a span of an article as an entity. */
export function addEntity(state: EditState, command: Command<'add-entity'>): Outcome {
  const index = state.analysis.articles.findIndex((a) => a.id === command.articleId)
  const article = state.analysis.articles[index]
  if (!article) return refused(editError('ARTICLE_NOT_FOUND', `No article "${command.articleId}" on this page.`))
  if (isIdTaken(state.analysis, command.entityId)) return refused(editError('ID_TAKEN', `Id "${command.entityId}" is already used.`))
  const checked = checkSpan(state, article, command.sourceStart, command.sourceEnd)
  if ('ok' in checked) return checked
  if (duplicate(article, command.sourceStart, command.sourceEnd, command.entityType)) {
    return refused(editError('ENTITY_EXISTS', 'This text is already tagged with that type.'))
  }
  const entity: Entity = {
    id: command.entityId,
    type: command.entityType,
    text: checked.text,
    sourceStart: command.sourceStart,
    sourceEnd: command.sourceEnd,
    confidence: 1,
    signal: 'editor'
  }
  const updated = { ...article, entities: sortEntities([...article.entities, entity]) }
  return done(replaceArticles(state.analysis, new Map([[index, updated]])))
}

/** Removes an entity. */
export function removeEntity(state: EditState, command: Command<'remove-entity'>): Outcome {
  const found = findEntity(state, command.entityId)
  if (!found) return refused(editError('ENTITY_NOT_FOUND', `No entity "${command.entityId}" on this page.`))
  return replaceEntity(state, found, null)
}

/** Changes an entity's type; the editor's choice is final (confidence 1). */
export function retypeEntity(state: EditState, command: Command<'retype-entity'>): Outcome {
  const found = findEntity(state, command.entityId)
  if (!found) return refused(editError('ENTITY_NOT_FOUND', `No entity "${command.entityId}" on this page.`))
  const entity = found.article.entities[found.at] as Entity
  if (entity.type === command.entityType && entity.signal === 'editor') return done(state.analysis)
  if (duplicate(found.article, entity.sourceStart, entity.sourceEnd, command.entityType, entity.id)) {
    return refused(editError('ENTITY_EXISTS', 'This text is already tagged with that type.'))
  }
  return replaceEntity(state, found, { ...entity, type: command.entityType, confidence: 1, signal: 'editor' })
}

/** Moves an entity's start and end (inside its article); its quote is re-derived. */
export function resizeEntity(state: EditState, command: Command<'resize-entity'>): Outcome {
  const found = findEntity(state, command.entityId)
  if (!found) return refused(editError('ENTITY_NOT_FOUND', `No entity "${command.entityId}" on this page.`))
  const entity = found.article.entities[found.at] as Entity
  if (entity.sourceStart === command.sourceStart && entity.sourceEnd === command.sourceEnd) return done(state.analysis)
  const checked = checkSpan(state, found.article, command.sourceStart, command.sourceEnd)
  if ('ok' in checked) return checked
  if (duplicate(found.article, command.sourceStart, command.sourceEnd, entity.type, entity.id)) {
    return refused(editError('ENTITY_EXISTS', 'This text is already tagged with that type.'))
  }
  return replaceEntity(state, found, {
    ...entity,
    text: checked.text,
    sourceStart: command.sourceStart,
    sourceEnd: command.sourceEnd,
    confidence: 1,
    signal: 'editor'
  })
}
