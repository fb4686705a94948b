import { z } from 'zod'
import { isRouteName, routes, type RouteName } from '../../shared/ipc/routes'
import { fail, ok, type IpcResult } from '../../shared/ipc/result'
import type { Handlers, RouteHandler } from './handler-types'
import { toErrorInfo } from './to-error-info'

/** One message as it arrives from the bridge: untrusted until the router has checked it. */
export interface IncomingRequest {
  /** URL of the frame that sent it (event.senderFrame.url in Electron). */
  readonly senderUrl: string | undefined
  readonly route: unknown
  readonly input: unknown
}

export interface RouterOptions {
  readonly isTrustedSender: (senderUrl: string | undefined) => boolean
  /** Where unexpected handler errors and bad output are reported (main's log). */
  readonly onInternalError?: (route: string, error: unknown) => void
}

export interface Router {
  dispatch(request: IncomingRequest): Promise<IpcResult<unknown>>
}

/**
 * Builds the IPC router: checks the sender, the route name and the input (zod) before a handler
 * runs, so a malformed message never reaches one; then runs the handler and checks its output
 * against the declared schema. Never throws: every outcome is an IpcResult.
 */
export function createRouter(handlers: Handlers, options: RouterOptions): Router {
  return {
    async dispatch({ senderUrl, route, input }) {
      if (!options.isTrustedSender(senderUrl)) {
        return fail({ code: 'FORBIDDEN_SENDER', message: `Refused a request from ${senderUrl ?? 'an unknown frame'}: only Galley's own window may call it.` })
      }
      if (!isRouteName(route)) {
        return fail({ code: 'UNKNOWN_ROUTE', message: `There is no IPC route named ${JSON.stringify(route)}.` })
      }
      const parsed = routes[route].input.safeParse(input)
      if (!parsed.success) {
        return fail({ code: 'INVALID_INPUT', message: `The request to ${route} was malformed: ${z.prettifyError(parsed.error)}` })
      }
      try {
        const value = await runHandler(handlers, route, parsed.data)
        const checked = routes[route].output.safeParse(value)
        if (!checked.success) {
          options.onInternalError?.(route, checked.error)
          return fail({ code: 'INTERNAL', message: `Galley produced an invalid answer to ${route}. This is a bug; please report it.` })
        }
        return ok(checked.data)
      } catch (error) {
        const info = toErrorInfo(error)
        if (info.code === 'INTERNAL') options.onInternalError?.(route, error)
        return fail(info)
      }
    }
  }
}

// The correlation between a route name and its handler's input is lost when `route` is a union;
// this is the one place that re-establishes it, after validation.
function runHandler<R extends RouteName>(handlers: Handlers, route: R, input: unknown): Promise<unknown> {
  const handler = handlers[route] as RouteHandler<R>
  return handler(input as Parameters<RouteHandler<R>>[0])
}
