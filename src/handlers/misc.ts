import { emergencyCard } from '../flow/advice/draft.js';
import { frontDoorOf, type Handler } from './context.js';

/** Emergency guidance is one click from every card and never depends on a draft or the store. */
export const showEmergency: Handler<'emergency.show'> = async (_payload, caller, deps) =>
  emergencyCard(await frontDoorOf(caller, deps), undefined);

export const myDecisions: Handler<'decisions.mine'> = () =>
  Promise.resolve({
    name: 'notice',
    data: {
      title: 'My decisions',
      text: 'You have not recorded any information-sharing decisions here yet. Golden Rule 7: keep a record of your decision and the reasons for it — whether it is to share information or not.',
      style: 'default',
      actions: [
        { title: 'Ask for advice', verb: 'advice.start', data: {} },
        { title: 'My requests', verb: 'requests.mine', data: {} },
      ],
    },
  });
