import type { CliCommand } from '../types';
import { commands as align } from './align';
import { commands as mt } from './mt';
import { commands as project } from './project';
import { commands as text } from './text';
import { commands as tm } from './tm';

/** Every CLI command; modules are appended as capabilities land. */
export const allCommands: CliCommand[] = [...project, ...text, ...align, ...tm, ...mt];
