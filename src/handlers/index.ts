import { DirectoryUnavailable, StoreUnavailable } from '../domain/errors.js';
import { cardInput, echoOf, type CardValue } from '../domain/text.js';
import type { CardView } from '../flow/cards.js';
import { VERB_PAYLOADS, VERB_PLACES, isVerb, type Verb } from '../flow/verbs.js';
import {
  answerAdviceStep,
  applyAdviceReplacements,
  backAdvice,
  cancelAdvice,
  changeAdviceSetting,
  checkAdviceQuestion,
  chooseAdviceSetting,
  editAdviceQuestion,
  restartAdvice,
  sendAdvice,
  startAdvice,
  submitAdviceForm,
} from './advice.js';
import type { Caller, Handler, HandlerDeps } from './context.js';
import { showEmergency, showHelp } from './misc.js';
import { amendDecision, myDecisions, startDecision, submitDecision, viewDecision } from './decisions.js';
import { badInput, directoryOutage, leadsOnly, personalOnly, storeOutage, unknownAction } from '../flow/notices.js';
import { myRequests, viewRequest, withdrawRequest } from './requests.js';
import { answerRequest, assignRequest, claimRequest, closeRequest, followUpRequest, refreshRequest, releaseRequest, replyToLead } from './leads.js';

/** Every verb has exactly one handler; the compiler refuses a missing one. */
export const HANDLERS: { [V in Verb]: Handler<V> } = {
  'advice.start': startAdvice,
  'advice.restart': restartAdvice,
  'advice.cancel': cancelAdvice,
  'advice.back': backAdvice,
  'advice.editQuestion': editAdviceQuestion,
  'advice.submitForm': submitAdviceForm,
  'advice.checkQuestion': checkAdviceQuestion,
  'advice.applyReplacements': applyAdviceReplacements,
  'advice.answer': answerAdviceStep,
  'advice.send': sendAdvice,
  'advice.chooseSetting': chooseAdviceSetting,
  'advice.changeSetting': changeAdviceSetting,
  'emergency.show': showEmergency,
  'help.show': showHelp,
  'requests.mine': myRequests,
  'request.view': viewRequest,
  'request.withdraw': withdrawRequest,
  'decisions.mine': myDecisions,
  'request.reply': replyToLead,
  'lead.claim': claimRequest,
  'lead.release': releaseRequest,
  'lead.assign': assignRequest,
  'lead.answer': answerRequest,
  'lead.followUp': followUpRequest,
  'lead.close': closeRequest,
  'lead.refresh': refreshRequest,
  'decision.start': startDecision,
  'decision.submit': submitDecision,
  'decision.view': viewDecision,
  'decision.amend': amendDecision,
};

/**
 * What "Try again" resends: the user's entries, bounded (Teams refuses cards over about 28 KB, and the
 * card carries them twice: in the Action.Execute and in its Action.Submit fallback for Teams mobile).
 * Still above the longest entries the forms accept (a decision record holds up to 5,000 characters).
 */
export const RETRY_FIELD_MAX = 10_000;
export const RETRY_BUDGET = 11_000;
function retryData(verb: Verb, input: Record<string, CardValue>): Record<string, CardValue> {
  return echoOf(input, Object.keys(VERB_PAYLOADS[verb].shape), RETRY_FIELD_MAX, RETRY_BUDGET);
}

export type DispatchOutcome = { card: CardView; code: 'OK' | 'UNKNOWN_VERB' | 'WRONG_PLACE' | 'BAD_PAYLOAD' | 'STORE_UNAVAILABLE' | 'DIRECTORY_UNAVAILABLE' };

/**
 * Checks where the verb may be used, cleans the card input (flat, normalised text: see
 * `cardInput`), parses it with the verb's schema and runs its handler. Expected failures become
 * explanatory cards: an unknown verb, a malformed payload, the store being unreachable (the card
 * offers "Try again" with the same data, so nothing the user entered is lost).
 */
export async function dispatch(verb: unknown, data: unknown, caller: Caller, deps: HandlerDeps): Promise<DispatchOutcome> {
  if (!isVerb(verb)) return { card: unknownAction(), code: 'UNKNOWN_VERB' };
  const place = VERB_PLACES[verb];
  if (place === 'personal' && caller.scope !== 'personal') return { card: personalOnly(), code: 'WRONG_PLACE' };
  if (place === 'leadsChannel' && caller.scope !== 'channel') return { card: leadsOnly(), code: 'WRONG_PLACE' };
  const input = cardInput(data);
  const parsed = VERB_PAYLOADS[verb].safeParse(input);
  if (!parsed.success) return { card: badInput(verb), code: 'BAD_PAYLOAD' };
  try {
    const handler = HANDLERS[verb] as Handler<Verb>;
    return { card: await handler(parsed.data, caller, deps), code: 'OK' };
  } catch (err) {
    if (err instanceof StoreUnavailable) return { card: storeOutage(verb, retryData(verb, input)), code: 'STORE_UNAVAILABLE' };
    if (err instanceof DirectoryUnavailable) return { card: directoryOutage(verb, retryData(verb, input)), code: 'DIRECTORY_UNAVAILABLE' };
    throw err;
  }
}
