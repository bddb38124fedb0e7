import { z } from 'zod';
import { contract, isChannel, type Channel } from '../../shared/ipc/contract';
import { fail, ok, toFailure, type Result } from '../../shared/ipc/result';
import { offerBackup } from '../db/backup';
import { typedError } from '../errors';
import type { Services } from '../services';
import { handlers } from './index';
import type { AllHandlers } from './types';

export type Dispatch = (channel: string, payload: unknown) => Promise<Result<unknown>>;

function describeIssues(err: z.ZodError): string {
  return err.issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}

/**
 * The single entry for every transport (Electron IPC, the web bridge, tests): checks the
 * channel, parses the payload with the contract's schema and turns every outcome into a Result.
 */
export function createDispatch(services: Services, table: AllHandlers = handlers): Dispatch {
  return async (channel, payload) => {
    if (!isChannel(channel)) return fail('BAD_REQUEST', `Unknown channel ${JSON.stringify(channel).slice(0, 80)}.`);
    const parsed = contract[channel].request.safeParse(payload ?? {});
    if (!parsed.success) return fail('BAD_REQUEST', `Invalid request for ${channel}: ${describeIssues(parsed.error)}`);
    try {
      const handler = table[channel] as (req: unknown, s: Services) => unknown;
      return ok(await handler(parsed.data, services));
    } catch (err) {
      return toFailure(typedError(err, { dbFile: services.dbFile, offerBackup }) ?? err);
    }
  };
}

export type { Channel };
