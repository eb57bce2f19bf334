/**
 * UK towns, cities, counties, regions and London boroughs, countries, languages, and islands that are no given name (lower case).
 * A place is not an identifier on its own; these words are never reported as names
 * unless a strong name cue (title, known first name before it) says otherwise.
 */
const PLACE_TEXT = `
england scotland wales ireland britain uk gb
london birmingham manchester liverpool leeds sheffield bristol newcastle nottingham leicester coventry bradford
hull kingston stoke wolverhampton derby southampton portsmouth plymouth reading luton northampton milton keynes
bolton bournemouth norwich swindon swansea cardiff newport edinburgh glasgow aberdeen dundee inverness stirling perth
belfast derry londonderry lisburn newry armagh bangor wrexham rhyl llandudno aberystwyth carmarthen merthyr tydfil
barry caerphilly pontypridd bridgend neath port talbot llanelli
sunderland middlesbrough stockton darlington hartlepool durham gateshead blyth tynemouth jarrow south shields
york harrogate scarborough whitby doncaster rotherham barnsley wakefield huddersfield halifax dewsbury batley
keighley castleford pontefract selby goole grimsby scunthorpe lincoln boston grantham skegness
chesterfield mansfield worksop newark retford ilkeston long eaton loughborough hinckley melton coalville
wigan warrington st helens southport blackpool blackburn burnley preston lancaster morecambe chorley oldham rochdale
stockport salford bury tameside trafford altrincham sale stretford ashton macclesfield crewe chester ellesmere
birkenhead wallasey wirral runcorn widnes knowsley sefton kirkby skelmersdale ormskirk
carlisle kendal barrow penrith workington whitehaven
shrewsbury telford oswestry hereford worcester kidderminster redditch bromsgrove gloucester cheltenham stroud tewkesbury
walsall dudley sandwell solihull west bromwich nuneaton rugby warwick leamington stratford tamworth lichfield cannock
stafford burton stoke-on-trent newcastle-under-lyme
oxford banbury bicester didcot abingdon witney cambridge peterborough ely huntingdon wisbech ipswich bury st edmunds
lowestoft colchester chelmsford southend basildon harlow brentwood clacton braintree
luton bedford dunstable watford st albans stevenage hemel hempstead hitchin hatfield welwyn
aylesbury high wycombe slough maidenhead windsor bracknell wokingham newbury basingstoke winchester andover
guildford woking crawley horsham brighton hove worthing eastbourne hastings lewes chichester bognor
canterbury maidstone ashford folkestone dover margate ramsgate dartford gravesend sevenoaks tonbridge tunbridge wells medway
chatham gillingham rochester sittingbourne faversham
exeter torquay paignton barnstaple taunton yeovil bath weston-super-mare salisbury poole weymouth dorchester
truro falmouth penzance newquay st austell bodmin
chippenham trowbridge devizes gloucestershire
croydon bromley lewisham greenwich southwark lambeth wandsworth merton sutton kingston richmond hounslow hillingdon ealing
harrow brent barnet enfield haringey islington camden westminster kensington hammersmith fulham tower hamlets
hackney newham barking dagenham havering redbridge waltham forest bexley
bedfordshire berkshire buckinghamshire cambridgeshire cheshire cornwall cumbria derbyshire devon dorset essex
hampshire herefordshire hertfordshire kent lancashire leicestershire lincolnshire merseyside norfolk northamptonshire
northumberland nottinghamshire oxfordshire rutland shropshire somerset staffordshire suffolk surrey sussex
warwickshire wiltshire worcestershire yorkshire humber humberside cleveland tyne wear avon isle wight
midlands north east west south northern southern eastern western greater
highlands lothian fife lanarkshire ayrshire renfrewshire dumfries galloway borders
powys gwynedd anglesey ceredigion pembrokeshire conwy denbighshire flintshire monmouthshire torfaen
antrim tyrone fermanagh
europe africa asia america poland romania lithuania latvia bulgaria hungary slovakia czech ukraine russia albania kosovo
turkey syria iraq iran afghanistan pakistan india bangladesh sri lanka nepal china vietnam philippines somalia eritrea
ethiopia sudan nigeria ghana kenya zimbabwe congo jamaica portugal spain france germany italy greece
libya kurdistan nepal yemen eritrea morocco algeria tunisia egypt uganda rwanda cameroon angola
polish romanian lithuanian latvian bulgarian hungarian slovak czech ukrainian russian albanian kurdish turkish syrian
iraqi iranian afghan pakistani indian bangladeshi nepali chinese vietnamese somali eritrean ethiopian sudanese nigerian
ghanaian jamaican portuguese spanish french german italian greek arabic farsi dari pashto urdu punjabi bengali
gujarati tigrinya amharic yoruba igbo english welsh scottish irish british european african asian caribbean
american americans canadian australian mexican japanese korean thai filipino brazilian colombian
sylheti tamil twi lingala tagalog kurmanji sorani cantonese mandarin hindi marathi malayalam telugu sinhala roma romani
gypsy traveller travellers
dyfed clwyd gwent glamorgan
bute mull coll barra benbecula hebrides shetland shetlands orkney orkneys sheppey lindisfarne sark rathlin achill colonsay eigg raasay
unst stronsay westray arranmore cumbrae staffa scilly tresco lundy caldey skomer
`;

export const PLACE_WORDS: ReadonlySet<string> = new Set(PLACE_TEXT.split(/\s+/).filter((w) => w.length > 0));
