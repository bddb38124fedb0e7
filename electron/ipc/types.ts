import type { Channel, ParsedRequestOf, ResponseOf } from '../../shared/ipc/contract';
import type { Services } from '../services';

/** A handler receives the already-validated request. */
export type Handler<C extends Channel> = (
  request: ParsedRequestOf<C>,
  services: Services,
) => Promise<ResponseOf<C>> | ResponseOf<C>;

/** Handlers of one contract group, e.g. every `projects.*` channel. */
export type HandlerGroup<Prefix extends string> = {
  [C in Extract<Channel, `${Prefix}.${string}`>]: Handler<C>;
};

export type AllHandlers = { [C in Channel]: Handler<C> };
