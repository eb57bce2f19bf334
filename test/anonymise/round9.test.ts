import { describeCases, type FindingCase } from './helpers.js';

/**
 * Round 9: the classes found on the read batches of tuning11 (health and faith/community settings). Fresh sentences,
 * none copied from a batch; every positive case fails on the code before the round, the look-alikes pass on both.
 */
const CASES: FindingCase[] = [
  // words of faith practice, family words and thanks from other languages; greetings and blessings of two or three words
  ['she cried because she got her ayah wrong at madrassa', []],
  ['Salaam apa, one of the sisters asked about her son', []],
  ['the older boys do seva in the langar every Sunday', []],
  ['Dhanyabad for your help with this', []],
  ['Hola, I run the Spanish-speaking mums group', []],
  ['Eid Mubarak all! A quick question about the trip', []],
  ["Ma'a salama\nFarida", [['NAME', 'Farida']]],
  ['Waheguru ji ka khalsa, waheguru ji ki fateh\nManjit', [['NAME', 'Manjit']]],
  // (…but the same words as a person's name still are)
  ['Mubarak said his dad hit him', [['NAME', 'Mubarak']]],
  // "ma" and "miss" after a greeting are how someone is addressed, not a name
  ['Good morning ma, thank you for the training', []],
  // a place of worship named after a person names the place
  ['the imam at Masjid Bilal asked about DBS for the helpers', []],
  ['she attends Jamia Masjid on Fridays with her aunt', []],
  ['the youth group at Redeemed Christ Chapel meets on Friday', []],
  ['hi, from St Anne\'s youth club. a girl showed me some messages', []],
  ['Pastor Ade\'s church runs the holiday club', [['NAME', 'Ade']]],
  // apps, medicines, a charity, a club and a hospital whose words are also names
  ['he keeps messaging her on Viber late at night', []],
  ['she asked about Microgynon and whether her mum has to know', []],
  ['Advised re Brook and the drop-in clinic', []],
  ['he says he is a scout for Villa and wants to meet the boys', []],
  ['Kind regards\nJo\nSafeguarding Nurse, Royal Stoke University Hospital', [['NAME', 'Jo']]],
  // (…and as a person's name with a surname, or after a title)
  ['Brook Mensah (15) said he was scared', [['NAME', 'Brook Mensah']]],
  ['Mr Brook said he will call back', [['NAME', 'Brook']]],
  // a city of the world that is also a surname, as a destination
  ['her aunt wants to take her to Lagos in the summer', []],
  // an everyday word before an object pronoun, after a family word, is a verb
  ['his dad beat him with a belt last night', []],
  ['her stepdad Rhodri hit her', [['NAME', 'Rhodri']]],
  // a pupil's year in brackets: the given name after it is the pupil, the word before it the school
  ['the boy from Oakridge (yr 10, Kai) has been referred', [['SCHOOL', 'Oakridge'], ['NAME', 'Kai']]],
  ['the girl from Kingsmead (Y9) said she was scared', [['SCHOOL', 'Kingsmead']]],
  ['she moved from Leeds (Y7) in the summer', []],
  // Chinese and Korean names in their own script; a gamertag between x's
  ['her Chinese name is 李娜 and she uses Lina at school', [['NAME', '李娜'], ['NAME', 'Lina']]],
  ['mum signs her notes as 김민지', [['NAME', '김민지']]],
  ['he plays as xXTommyB0iXx on Steam all night', [['HANDLE', 'xXTommyB0iXx']]],
  ['name: XXXXXXXX (redacted by me)', []],
  // a number and a street word after "live" with no "at"
  ['they live 14 thornfield, the heating is off', [['ADDRESS', '14 thornfield']]],
  ['they live 5 minutes from school', []],
  ['mum lives 20 metres from us', []],
];

describeCases('round 9: the classes of the read batches of tuning11 (fresh sentences)', CASES);
