import { helpCard } from '../flow/help.js';
import { emergencyCard } from '../flow/advice/draft.js';
import { frontDoorOf, type Handler } from './context.js';

/** Emergency guidance is one click from every card and never depends on a draft or the store. */
export const showEmergency: Handler<'emergency.show'> = async (_payload, caller, deps) =>
  emergencyCard(await frontDoorOf(caller, deps), undefined);

export const showHelp: Handler<'help.show'> = async (_payload, caller, deps) => helpCard(await frontDoorOf(caller, deps));
