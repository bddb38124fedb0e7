import type { z } from 'zod';

/** One IPC channel: the request schema (checked where it arrives) and the response type. */
export interface ChannelDef<Req extends z.ZodType, Res> {
  request: Req;
  /** Type carrier only; never read at run time. */
  response: Res;
}

export function channel<Res>() {
  return <Req extends z.ZodType>(request: Req): ChannelDef<Req, Res> => ({ request, response: undefined as Res });
}
