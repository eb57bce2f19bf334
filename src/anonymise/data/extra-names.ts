/**
 * Supplementary given names and surnames common in UK families that the generic
 * locale lists under-represent (South Asian, Somali, West African, Polish/Eastern
 * European, Irish, Arabic, Traveller). Lower case, diacritics kept where usual.
 */
const EXTRA_FIRST = `
mohammed muhammad mohammad mohamed ahmed ahmad abdullah abdul yusuf yousef ibrahim ismail idris zakariya zakaria hamza
aisha ayesha fatima fatimah khadija maryam mariam zainab zara zahra amina amira hafsa safiya sumaya hodan hibo ubah
ayaan ayan abdirahman abdi farah sahra nasra ilhan liban
rizwan imran irfan asif arif tariq shahid sajid zubair usman omar umar bilal hassan hussain hasan husain kamran faisal
priya pooja anjali sunita harpreet manpreet gurpreet jaspreet simran navjot rajinder sukhdeep amrit arjun rohan rahul
aarav vihaan krish dev ishaan anaya aditi diya kiran ravi sanjay vikram deepak nisha neha
oluwaseun seun oluwatobi tobi oluwadamilare damilare adebayo ayodele babatunde chidi chidinma chiamaka chinedu emeka
ngozi nneka obinna ifeoma kelechi kwame kofi kwabena ama abena akua adwoa yaw tunde femi funmi folake bisi segun
przemysław przemyslaw grzegorz krzysztof wojciech szymon mateusz jakub kacper bartosz łukasz lukasz tomasz piotr paweł
agnieszka małgorzata malgorzata katarzyna zuzanna oliwia wiktoria julia jagoda dominika weronika
zsófia zsofia bence levente dorina ioana andreea alexandru mihai florin cristian bogdan georgiana roxana
siobhán siobhan niamh aoife caoimhe saoirse sinéad sinead ciara clodagh orla róisín roisin gráinne grainne aisling
oisín oisin cian ciarán ciaran darragh eoin pádraig padraig seán sean diarmuid tadhg ruairí ruairi
aaliyah aliyah jayden kayden brayden tyler tyrese tyreese kai kian keanu leon mason harvey alfie archie freddie
teddie reggie frankie charlie ollie riley rylee rhys evie poppy maisie daisy lacey lacie kacey tia tianna shanice
chantelle jade demi paige kelsey chloe keeley kayleigh leah megan aimee lexi lexie ellie millie nevaeh
paddy mikey bridgie biddy dinny jonjo patsy shaz bev kez gaz baz daz loz bex becca tash mags jaydon kaydn tayla
hetal maricel
`;

const EXTRA_SURNAMES = `
okafor okonkwo okoro adeyemi adebayo oyelaran oyewole balogun olawale mensah asante boateng owusu appiah
kowalski kowalska nowak nowakowska wiśniewski wisniewski wiśniewska wisniewska wójcik wojcik kamiński kaminski
lewandowski lewandowska zieliński zielinski szymański szymanski woźniak wozniak dąbrowski dabrowski kozłowski kozlowski
popescu ionescu popa dumitru stoica nagy horváth horvath kovács kovacs szabó szabo tóth toth
begum khatun bibi akhtar hussain hussein rahman chowdhury uddin miah islam ali khan iqbal mahmood ahmed shah qureshi
patel shah mistry parmar solanki chauhan sharma gupta singh kaur sandhu gill dhillon sidhu bains
nguyen tran pham hoang vu
murphy kelly o'brien obrien o'connor oconnor o'neill oneill doherty mcdonagh mcginley gallagher byrne
`;

function words(s: string): string[] {
  return s.split(/\s+/).filter((w) => w.length > 0);
}

export const EXTRA_FIRST_NAMES: readonly string[] = words(EXTRA_FIRST);
export const EXTRA_SURNAMES_LIST: readonly string[] = words(EXTRA_SURNAMES);

/** Everyday words the word lists miss (newer, or British): lower-case words of speech, never names by themselves. */
export const EVERYDAY_WORDS_EXTRA: readonly string[] = words(`
vape vapes vaping vaped vaper vapers biro biros
`);

/**
 * Given names that are also everyday English words. They are reported only with
 * context (capitalised mid-sentence, a title or family word before, "'s mum" after…).
 */
export const ORDINARY_WORD_NAMES_EXTRA: readonly string[] = words(`
will mark bill jack rose grace hope faith may summer sky rocky pat sue rob bob art dawn joy ruby amber holly ivy
jade crystal star river storm rain robin hunter taylor cole heath forest brook penny lily daisy poppy violet
heather iris jasmine willow hazel autumn april june august rich frank earnest miles chase chance cash king prince
angel bunny honey sunny sonny buddy rusty dusty scout sage ash rowan jay wren drew dean ray gene sandy mercy
patience charity harmony melody destiny journey liberty unity bliss precious royal duke major baron rebel
foster hunter baker cook chase dean ray gene young brown white green black ward price cole page hall wood hill
park lane field bell fisher porter walker butler archer booth marsh bishop knight rich gray grey van von de del la le
`);

/**
 * Words that subtitles mostly capitalise (openers, titles, exclamations) and that a locale list also
 * holds as a name somewhere ("Côme" folds to "come"). Treated as ordinary words.
 */
export const OPENER_WORDS: readonly string[] = words(`
no oh come how well hey miss um captain bye president lord general major al agent yo ed holy pop sergeant sheriff
states yep san aye gee papa mama aw merry commander peg junior bud buck crane freeze bond piper mac amen cheers bravo
coke bunny bible saint goodnight le fort ace marine hail slim eagle bureau herr pope skipper marines elder echo swan
brace rex creek cape alpha delta ranger springs un si lo da el fu mo chi valley bay shore dragon kitty holly olive
cliff fox hawk clay pearl hopper weaver shepherd knights cooper tucker ash reed grant dale glen dodge
`);

/** Vehicle models common on UK roads that faker's (mostly US) lists lack. Lower case. */
export const EXTRA_VEHICLE_WORDS: readonly string[] = words(`
mondeo transit corsa astra fiesta focus clio megane polo golf passat qashqai juke micra note yaris aygo auris
punto panda octavia fabia superb leon ibiza zafira insignia vectra kuga puma ka transit-connect sprinter vito
berlingo partner c1 c3 picasso 107 108 206 207 208 308 3008 5008 scenic kangoo twingo sandero duster jazz
civic sportage ceed picanto rio tucson i10 i20 i30 x5 x3 a3 a4 a1 q5 evoque discovery freelander defender
range-rover mini cooper caddy tiguan touran sharan shogun outlander swift vitara splash land-cruiser hilux
ranger navara amarok l200 deere massey ferguson quad
`);
