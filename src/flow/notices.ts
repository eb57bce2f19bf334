import type { CardView } from './cards.js';
import type { Verb } from './verbs.js';

/** Explanatory cards for everything that is not the happy path. None of them loses the user's input. */

export function storeOutage(verb: Verb, data: Record<string, unknown>): CardView {
  return {
    name: 'notice',
    data: {
      title: 'Not saved — please try again',
      text: 'The service could not reach its store just now, so nothing was saved or sent. Your entries are kept on this card: press "Try again".',
      style: 'attention',
      actions: [{ title: 'Try again', verb, data }],
    },
  };
}

export function directoryOutage(verb: Verb, data: Record<string, unknown>): CardView {
  return {
    name: 'notice',
    data: {
      title: 'Could not check who the leads are',
      text: 'Teams did not answer when I checked the safeguarding leads team, so nothing was changed. Please try again.',
      style: 'attention',
      actions: [{ title: 'Try again', verb, data }],
    },
  };
}

export function foreignCard(): CardView {
  return {
    name: 'notice',
    data: {
      title: 'This card belongs to another conversation',
      text: 'For privacy, a request can only be continued in the chat where it was started. Start or resume your request here instead.',
      style: 'warning',
      actions: [{ title: 'Ask for advice', verb: 'advice.start', data: {} }],
    },
  };
}

export function finishedCard(): CardView {
  return {
    name: 'notice',
    data: {
      title: 'This card is from an earlier request',
      text: 'That request has already been sent or replaced, so this card can no longer change it. Your requests are listed under "My requests".',
      style: 'default',
      actions: [
        { title: 'My requests', verb: 'requests.mine', data: {} },
        { title: 'Ask for advice', verb: 'advice.start', data: {} },
      ],
    },
  };
}

export function personalOnly(): CardView {
  return {
    name: 'notice',
    data: {
      title: 'Please use a 1:1 chat',
      text: 'Advice requests are made in a 1:1 chat with me, so that nothing about a child is posted where others can see it.',
      style: 'warning',
      actions: [],
    },
  };
}

/**
 * The answer to a lead action from anyone or anywhere else: the same card whether or not the
 * request exists, with nothing of it.
 */
export function leadsOnly(): CardView {
  return {
    name: 'notice',
    data: {
      title: 'Safeguarding leads only',
      text: "Only members of your organisation's safeguarding leads team can do this, in the leads' queue channel. Nothing was changed.",
      style: 'warning',
      actions: [],
    },
  };
}

export function notFound(what: string): CardView {
  return {
    name: 'notice',
    data: {
      title: `${what} not found`,
      text: `I could not find that ${what.toLowerCase()} among yours. It may have been removed, or it belongs to someone else.`,
      style: 'warning',
      actions: [{ title: 'My requests', verb: 'requests.mine', data: {} }],
    },
  };
}

export function badInput(verb: string): CardView {
  return {
    name: 'notice',
    data: {
      title: 'That action could not be read',
      text: `The card sent something I did not expect (${verb}). Nothing was changed. Please use the latest card in this chat, or start again.`,
      style: 'warning',
      actions: [
        { title: 'Ask for advice', verb: 'advice.start', data: {} },
        { title: 'My requests', verb: 'requests.mine', data: {} },
      ],
    },
  };
}

export function unknownAction(): CardView {
  return {
    name: 'notice',
    data: {
      title: 'I do not know that action',
      text: 'This card asked for something I cannot do — it may come from an older version of the app. Nothing was changed.',
      style: 'warning',
      actions: [{ title: 'Ask for advice', verb: 'advice.start', data: {} }],
    },
  };
}

/** After "cancel": what happened, and the way to start again. */
export function cancelledCard(discarded: boolean): CardView {
  return {
    name: 'notice',
    data: {
      title: discarded ? 'Request cancelled' : 'Nothing to cancel',
      text: discarded
        ? 'The request you were preparing has been discarded. Nothing was sent to anyone, and your answers and question are not kept.'
        : 'You have no request in progress. Requests you have already sent are under "My requests"; you can withdraw one there while no lead has answered it.',
      style: 'default',
      actions: [
        { title: 'Ask for advice', verb: 'advice.start', data: {} },
        { title: 'My requests', verb: 'requests.mine', data: {} },
      ],
    },
  };
}

/**
 * What a lead sees in the channel instead of their own text when it is waiting for the identifier
 * check and came by a plain submit (Teams mobile): a reply there is seen by everyone in the channel,
 * unlike an invoke's answer, so the unchecked text and its marked details are not posted.
 */
export function uncheckedTextNotShown(requestId: string): CardView {
  return {
    name: 'notice',
    data: {
      title: 'Your text may identify someone',
      text: 'Nothing has been sent or saved. It is not shown here because everyone in this channel would see it. Write it again without names, dates of birth, addresses or other identifying details.',
      style: 'attention',
      actions: [{ title: 'Open my controls', verb: 'lead.refresh', data: { requestId } }],
    },
  };
}
