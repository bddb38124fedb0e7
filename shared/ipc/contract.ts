import type { z } from 'zod';
import type { Result } from './result';
import { projectChannels } from './channels/projects';
import { workbenchChannels } from './channels/workbench';
import { tmChannels } from './channels/tm';
import { mtChannels } from './channels/mt';
import { settingsChannels } from './channels/settings';
import { jobChannels } from './channels/jobs';
import { teamChannels } from './channels/team';
import { fidelityChannels } from './channels/fidelity';
import { lexiconChannels } from './channels/lexicon';

/**
 * The one IPC contract: channel name -> request schema and response type. Main-process
 * handlers, the preload `api`, the web bridge and the renderer's types all derive from it.
 * Channel names are `group.method`; the api object mirrors them (`api.projects.list()`).
 */
export const contract = {
  ...projectChannels,
  ...workbenchChannels,
  ...tmChannels,
  ...mtChannels,
  ...settingsChannels,
  ...jobChannels,
  ...teamChannels,
  ...fidelityChannels,
  ...lexiconChannels,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
export type ParsedRequestOf<C extends Channel> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = Contract[C]['response'];

type GroupOf<C> = C extends `${infer G}.${string}` ? G : never;

/** The renderer-facing API: named functions only, grouped like the channel names. */
export type Api = {
  [G in GroupOf<Channel>]: {
    [C in Channel as C extends `${G}.${infer M}` ? M : never]: (
      request: RequestOf<C>,
    ) => Promise<Result<ResponseOf<C>>>;
  };
};

export const channels = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/**
 * Builds the `api` object over a transport. The transport is given only channel names from
 * the contract, so the renderer never holds an open pipe.
 */
export function buildApi(invoke: (channel: Channel, request: unknown) => Promise<Result<unknown>>): Api {
  const api: Record<string, Record<string, (req: unknown) => Promise<Result<unknown>>>> = {};
  for (const ch of channels) {
    const dot = ch.indexOf('.');
    const group = ch.slice(0, dot);
    const method = ch.slice(dot + 1);
    (api[group] ??= {})[method] = (req: unknown) => invoke(ch, req ?? {});
  }
  return api as unknown as Api;
}
