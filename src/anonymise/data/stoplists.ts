/** Words that are never names on their own: roles, agencies, legal terms, calendar words. Lower case. */

const ROLE_TEXT = `
mentor mentors
mum mom mam mummy mother dad daddy father stepdad stepmum step-dad step-mum stepfather stepmother parent parents carer carers
grandma grandad granddad grandpa grampa gramps granda grandda grandmother grandfather nan nana nanna nanny gran grandparent grandparents uncle aunt auntie aunty cousin
brother sister sibling siblings son daughter child children baby babies toddler infant kid kids boy girl teen teenager yp cyp
invigilator invigilators chaperone chaperones
lad lads lass lasses lassie bairn bairns wean weans youngster youngsters keyworker keyworkers
partner boyfriend girlfriend husband wife ex fiance fiancee friend friends neighbour neighbours lodger family
sw sws swr social worker workers hv health visitor midwife gp doctor nurse paediatrician dentist consultant
dsl ddsl dsp sendco senco teacher teachers head headteacher deputy tutor ta lsa pastoral lead manager officer practitioner
caldicott guardian guardians iro lado pcso pc dc ds di sgt sergeant inspector detective constable police officer chair
pastor vicar imam rabbi reverend priest chaplain minister deacon elder coach
occupier occupiers resident residents informant caller complainant victim suspect perpetrator
pupil pupils student students learner learners childminder childminders man woman lady gentleman bloke male female males females
tas lsas hltas sws hvs gps dsls senco's person persons people dinners christ god allah childs paeds paediatrics
sevadar sevadars granthi giani gyani langar shashuri shashur khala khalu phupho phuppo biji bhabhi veerji
`;

const AGENCY_TEXT = `
mash camhs cahms nspcc barnardo ofsted dfe hmrc dwp nhs cps cafcass barnardos barnardo's childline samaritans kooth
meic papyrus hopeline nightline stem4 youngminds shelterline
council councils authority la csc cs cin cp cpp lac cla ehcp send sen pep iro icpc rcpc core group strategy
early help front door youth offending team yot yjs iaptus mosaic lcs liquidlogic eclipse ics
ehm cpoms myconcern systmone emis badgernet carefirst azeus arbor bromcom sims crimestoppers
police constabulary valley metropolitan met thames west yorkshire service services social care health
visiting team hospital trust nhs ccg icb gp surgery clinic unit ward a&e ae ed
court family magistrates crown county judge tribunal
gdpr dpa ukgdpr article articles section sections s17 s47 s20 s31 act acts children data protection regulation
schedule part paragraph para working together guidance keeping safe education kcsie
`;

const CALENDAR_TEXT = `
monday tuesday wednesday thursday friday saturday sunday
mondays tuesdays wednesdays thursdays fridays saturdays sundays weekends mon tue tues wed thu thur thurs fri sat sun
january february march april june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
christmas xmas santa santas easter eid valentine valentines boxing bank eve ramadan diwali hanukkah passover vaisakhi halloween bonfire new year half term holidays holiday prom
today tomorrow yesterday tonight morning afternoon evening weekend week weeks month months year years
reception nursery year
`;

const MISC_TEXT = `
hi hello hey thanks thank cheers regards kind best dear re fw fwd ok okay yes no please sorry
dob d.o.b nhs ni upn no num ref tel mob email address postcode name names aka general academical
teams outlook microsoft google whatsapp snapchat instagram insta tiktok facebook twitter youtube roblox fortnite discord xbox
playstation minecraft telegram signal
english british polish romanian muslim christian catholic jewish hindu sikh
gaelic gaidhlig cymraeg gaeilge meithrin cylch mudiad blwyddyn mlwyddyn flwyddyn dosbarth
tesco asda sainsbury sainsburys aldi lidl morrisons primark greggs mcdonald mcdonalds kfc subway costa starbucks
travelodge ibis argos boots superdrug poundland iceland coop co-op amazon ebay deliveroo uber ubereats justeat vinted gumtree
adidas nike reebok umbro lonsdale ellesse hollister superdry gucci moncler balenciaga
ipad iphone android samsung nintendo ps4 ps5 netflix spotify twitch onlyfans wizz yubo omegle monkey
calpol nurofen ibuprofen paracetamol calpol ritalin concerta melatonin sertraline fluoxetine citalopram methadone
subutex buprenorphine naloxone epipen ventolin inhaler elvanse atomoxetine risperidone diazepam
ketamine cocaine mdma spice xanax lean nos
scouts cubs beavers brownies guides rainbows cadets girlguiding trussell papyrus mencap barnardos nacro kidscape stonewall mears serco clearsprings g4s mitie capita sodexo
telly til till nando robux specsavers pls plz thx idk tbf imo tinder bumble grindr badoo kik bereal reddit tumblr pinterest haribo nandos peppa bluey
smyths wilko matalan primark mart moodle classdojo
pentecostal methodist anglican evangelical adventist mormon quaker rastafarian sunni shia ahmadiyya
lincs notts leics northants yorks lancs staffs wilts herts beds bucks cambs glos hants oxon worcs derbys shrops warks

i im i'm ive i've id i'd ill i'll
he she it they we you me him her his hers their theirs them us our ours your yours its this that these those
the a an any some every each no not all both either neither there here what who whom whose when where why how which
nino nhs dob upn sw hv dsl ta pe re fao asap fyi tbc tbh nfa nfa'd lol omg tv inc incl
mr mrs ms miss mx dr prof sir madam st
safeguarding gillick caldicott law marac mappa prevent channel merlin encompass niche athena cafcass ofsted ehcp datix
send sendco senco mosaic liquidlogic eclipse kcsie icpc rcpc pep lac cla cin cp cpp csc camhs yjs yot cse cce fgm
dept depts mgmt eal esol fsm semh asd adhd slcn resi resis
upns dobs ninos username usernames password passwords login logins
`;

/** Family words from the languages UK families speak, greetings and blessings, and words of faith practice (scriptures,
 * prayers, places of worship and study): never names on their own. */
const KINSHIP_AND_GREETING_TEXT = `
babcia dziadek bunica bunicul dadi dada nani chacha chachi baba amma ammi abba abbu appa bibi tata taid nain mamgu
bhai behen didi bhabhi mamu khala khalu phupho nonna nonno yiayia abuela abuelo oma opa
lolo nanay tatay inay itay tita kuya teta tayta jiddo jeddo sitto sitti khalto amto mamo daideo seanmhathair seanair seanmhair
anneanne babaanne dede teyze amca dayi abla phuppo phuppi tayi mami ayeeyo awoowe hooyo aabo ciocia wujek dziadzia
bunica bunicul babushka dedushka deda nanu dadu nainai yeye laolao laoye waipo waigong halmeoni harabeoji omi opi
jiejie gege meimei ayi shushu jiujiu gugu yima biaojie biaoge
pappou savta bubbe zayde abuelita abuelito vovo papi
tetis tėtis mamyte mamytė senelis senele močiutė mociute tatus tatuś babunia mamusia bunicuta
babushka bunicu dedo baka djed nëna gjyshe gjysh ayeeyo abooto hooyo aabe
shalom salaam salam assalamu alaikum namaste akal noswaith dda diolch
dinnae cannae didnae wouldnae couldnae isnae wasnae widnae gonnae wisnae havnae sgoil-araich croileagan meithrinfa
tapadh leibh duit dhuit jazakallah jazakallahu khair khairan inshallah mashallah alhamdulillah subhanallah radhe waheguru
quran quraan koran hadith sunnah tafsir tajweed qaida qaidah namaz jummah jumuah iftar suhoor sehri madrassa madrasah
madrassah madrasa masjid mandir gurdwara kirtan satsang cheder shabbat shabbos sabbath shul yeshiva
ayah ayat surah seva sewa jamia jamiat apa apu dhanyabad dhanyavad dhanyavaad shukriya hola
`;

/**
 * Family words from other languages that fold to a listed given name ("mãe" → Mae, "tía" → Tia): never names
 * when typed with their accent.
 */
export const ACCENTED_KINSHIP_WORDS: ReadonlySet<string> = new Set(words('mãe avó avô vovó vovô tía tío mamá papá bà ông mătușă bunică'));

function words(s: string): string[] {
  return s.split(/\s+/).filter((w) => w.length > 0);
}

export const ROLE_WORDS: ReadonlySet<string> = new Set(words(ROLE_TEXT));
/** Roles, agencies, legal and chat words: never a name, whatever the context. */
export const HARD_NEVER_WORDS: ReadonlySet<string> = new Set([
  ...words(ROLE_TEXT),
  ...words(AGENCY_TEXT),
  ...words(MISC_TEXT),
  ...words(KINSHIP_AND_GREETING_TEXT),
]);
/** The family words from other languages, greetings and faith words above, on their own. */
export const KINSHIP_AND_GREETING_WORDS: ReadonlySet<string> = new Set(words(KINSHIP_AND_GREETING_TEXT));
/**
 * Apps, medicines, charities, clubs and hospitals' words that are also surnames or given names ("messaged on Viber", "a
 * scout for Villa", "advised re Brook", "Royal Stoke"): not a name unless a title or a family word says so, as a calendar
 * word is not.
 */
export const PUBLIC_WORDS: ReadonlySet<string> = new Set(
  words(`
viber wechat imo zepeto yubo
microgynon rigevidon cerazette levonelle ellaone nexplanon implanon depo-provera sayana noriday lucette
brook villa spurs hibs royal
`),
);
/** The words for a place of worship: a capitalised name written with one names the place, not a person or a school. */
export const WORSHIP_NOUNS: ReadonlySet<string> = new Set(words('masjid mosque church chapel gurdwara mandir temple synagogue cathedral'));
/** Calendar words: not a name unless a title or a possessive family word says so ("Mrs May", "April's mum"). */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(words(CALENDAR_TEXT));

/**
 * Public figures, characters and clubs that staff and young people talk about ("copying Andrew Tate", "wants to be Bear
 * Grylls"): two-word names that identify no one in a question. Folded; only the whole pair is exempt, and not after a title.
 */
export const PUBLIC_FIGURES: ReadonlySet<string> = new Set(
  [
    'andrew tate', 'tristan tate', 'bear grylls', 'jimmy savile', 'logan paul', 'jake paul', 'greta thunberg', 'marcus rashford',
    'taylor swift', 'harry styles', 'billie eilish', 'ed sheeran', 'david attenborough', 'joe wicks', 'jeremy kyle', 'elon musk',
    'donald trump', 'boris johnson', 'rishi sunak', 'keir starmer', 'kim kardashian', 'kanye west', 'cristiano ronaldo',
    'lionel messi', 'harry kane', 'jude bellingham', 'bukayo saka', 'lewis hamilton', 'tom daley', 'roald dahl', 'david walliams',
    'julia donaldson', 'jacqueline wilson', 'harry potter', 'peppa pig', 'mr beast', 'miss trunchbull', 'jack reacher',
    // products named like people
    'lost mary', 'elf bar', 'mario kart', 'moses basket', 'jack daniels', 'captain morgan', 'ted baker', 'billy bear',
    // shops and clothing brands young people name ("a new Canada Goose", "Air Max", "went in River Island")
    'river island', 'canada goose', 'air max', 'stone island', 'jack wills', 'tommy hilfiger', 'calvin klein', 'ralph lauren',
    'hugo boss', 'michael kors', 'bella italia', 'ann summers', 'holland barrett', 'dorothy perkins', 'miss selfridge',
    // football clubs whose names read as a person's
    'aston villa', 'st johnstone', 'st mirren', 'hamilton academical', 'ross county', 'partick thistle', 'crystal palace', 'leyton orient',
    'raith rovers', 'kelty hearts', 'stirling albion', 'crusaders fc', 'linfield fc', 'glentoran fc',
  ],
);

/** Family / role nouns: "Kacper's mum", "Hope's school". A word before "'s" + one of these is a name. */
export const POSSESSED_WORDS: ReadonlySet<string> = new Set(
  words(`
mum mom mam mummy mother dad daddy father stepdad stepmum stepfather stepmother parents parent carer carers
nan nana nanny gran grandma grandad grandmother grandfather uncle aunt auntie aunty cousin brother sister siblings sibling
son daughter baby kids children partner boyfriend girlfriend husband wife ex friend friends family school teacher
sw social worker hv gp bedroom room house home phone behaviour attendance dad's mum's
`),
);

/** Nouns that precede a name: "son Will", "child Hope", "pupil Kacper". */
export const NAME_INTRODUCERS: ReadonlySet<string> = new Set(
  words(`
son daughter child baby brother sister sibling cousin nephew niece grandson granddaughter stepson stepdaughter
boy girl pupil student yp mum dad mother father stepdad stepmum partner boyfriend girlfriend husband wife uncle aunt auntie
nan grandma grandad called named nicknamed aka sw hv dsl gp teacher worker colleague
client patient resident tenant learner coach children kids twins siblings sons daughters
`),
);

/** Titles before a surname. */
export const TITLES: ReadonlySet<string> = new Set(
  words('mr mrs ms miss mx dr prof master madam sir pc ds dc di dci ds sgt insp cllr rev revd fr constable sergeant inspector detective superintendent councillor judge imam rabbi pastor reverend ustadh ustad maulana moulana sheikh'),
);

/** Words after an ordinary-word name that show it is used as a word: "Summer holidays", "Grace period". */
export const COMPOUND_FOLLOWERS: ReadonlySet<string> = new Set(
  words(`
holiday holidays term break period time camp fair school schools club clubs season
team teams service services plan plans house street road lane centre center unit project group trust act associates care show shows hire
surgery practice clinic medical health primary academy nursery college police station library church hospital
trust partnership board hub foundation charity network forum panel programme initiative alliance association society
federation court tribunal authority council constabulary infirmary pharmacy university estate ward wing
homes housing fa rfc fc afc cfc rugby cricket athletic rovers wanderers harriers
`),
);

/** The last word of a trading name: "Sandhu Property Lets", "Pilling Estates", "Holmes & Lane Lettings". */
export const BUSINESS_SUFFIXES: ReadonlySet<string> = new Set(words('estates lettings lets properties property solicitors removals motors ltd limited llp plc'));

/** Words before a capitalised word that make it a month or a thing rather than a name. */
export const MONTH_CUES: ReadonlySet<string> = new Set(
  words('in on of since until till by from during early late mid end last next this before after'),
);

/** Determiners: "the Will", "a Hope" → not names; "the child's" → not a name possessive. */
export const DETERMINERS: ReadonlySet<string> = new Set(
  words('the a an his her their my our your its this that these those every each any some no another which whose'),
);

/** Verbs that, right after a sentence-initial word, show it is a person: "Grace said…", "Rocky keeps…". */
export const PERSON_VERBS: ReadonlySet<string> = new Set(
  words(`
said says told tells lives lived living attends attended disclosed discloses reported reports went goes came comes
stays stayed refused refuses cried ran runs hit hits wants wanted keeps kept mentioned mentions hasn't hasnt
doesn't doesnt didn't didnt won't wont wouldn't couldn't isn't isnt wasn't wasnt arrived returned missed misses
screamed shouted hurt punched kicked admitted denied alleged whispered texted messaged rang phoned lied did asked asks
refusing
`),
);

/** Weaker followers: enough after a capitalised word that is not English ("Brogan is…"), not after "Faith is…". */
export const PERSON_FOLLOWERS: ReadonlySet<string> = new Set([
  ...PERSON_VERBS,
  ...words(`
is was has had aged age who and seems seemed appears appeared needs needed started starts would could should might
must did does gets got family families kids children household sibling siblings left from
`),
]);

/** Before a name, these make a verb reading of "Hope this…" unlikely: "spoke to Hope this morning". */
export const NAME_PREPOSITIONS: ReadonlySet<string> = new Set(
  words('to with from by for about and or at than like as of saw met visited told asked called rang phoned emailed'),
);

/** After an ordinary-word name, these show the word is being used as a verb or adverb ("Will you…", "Hope this…"). */
export const VERB_USE_FOLLOWERS: ReadonlySet<string> = new Set(
  words(`
you u i we they it this that so the a an your all everyone everybody to be not up down for this these those
there here me us them him her he she my our their its yes no just also too again
you're youre you've you'll it's its that's i'm we're they're everything everyone's
`),
);

/** Form labels whose value is a person's name: "Name: …", "Child: …", "Mother: …". */
export const NAME_LABELS: ReadonlySet<string> = new Set(
  words(`
name names fullname forename forenames firstname surname lastname child childs mother father mum dad parent parents carer re
siblings sibling brother sister stepdad stepmum partner referrer pupil student yp subject alleged perpetrator victim
kids children person young cyp baby babies nok kin nextofkin
duty staff present attendees attendee author resident residents tenant tenants applicant client occupant by
`),
);

/** A line that only signs off ("Thanks,", "Kind regards", "Yours sincerely"): the next line is the writer. */
export const SIGN_OFF_LINE =
  /^(?:thanks|thank you|many thanks|thanks again|with thanks|cheers|ta|thx|best|best wishes|kind regards|regards|warm regards|yours sincerely|yours faithfully|diolch|x+|love)[ \t]*[,.!x]*$/i;
