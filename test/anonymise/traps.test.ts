import { describe, expect, it } from 'vitest';
import { found } from './helpers.js';

const CLEAN = [
  'Mum and stepdad came in with the social worker',
  'The DSL asked the health visitor and the Caldicott Guardian',
  'SENCo, head teacher and GP all agreed',
  "Children's Social Care, MASH and the Front Door",
  'Thames Valley Police, CAMHS, LADO, NSPCC and Early Help',
  'Health Visiting Team and Youth Offending Team and the council',
  'Section 47 Children Act 1989 and s17',
  'GDPR Article 6(1)(e), Article 8 and the Data Protection Act 2018',
  'on Monday in March over Christmas, Easter, Eid and half term',
  'Year 6 and Reception',
  'aged 7, a 7 year old, the 7yo',
  'family moved from Rotherham to Nottinghamshire, then Leeds and Kent',
  'Hope this makes sense',
  'Will you advise?',
  'May I ask something',
  'Grace period applies',
  'meeting at 10:30, cost £50, attendance 85%',
  'we went to Tesco and Primark, he takes Ritalin and Calpol',
  'call NSPCC on 0808 800 5000',
];

describe('things that must not be flagged', () => {
  for (const t of CLEAN) {
    it(`finds nothing in "${t}"`, () => {
      expect(found(t)).toEqual([]);
    });
  }
});
