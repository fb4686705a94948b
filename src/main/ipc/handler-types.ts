import type { RouteName, RouteOutput, RouteParsedInput } from '../../shared/ipc/routes'

/** One route's handler: receives validated input, returns the output or throws a coded error. */
export type RouteHandler<R extends RouteName> = (input: RouteParsedInput<R>) => Promise<RouteOutput<R>>

/**
 * The handler map. It is a mapped type over every declared route, so declaring a route in
 * src/shared/ipc/routes.ts without implementing it here fails to compile.
 */
export type Handlers = { readonly [R in RouteName]: RouteHandler<R> }
