/* Generated from @cspell/dict-people-names@1.1.16 (MIT, Street Side Software) by
 * test/anonymise/name-data.test.ts — do not edit by hand. Lower-case given names and surnames. */
export const PEOPLE_NAMES_VERSION = '1.1.16';
export const PEOPLE_NAMES_SOURCE = `
aamodt aaron aarons aaronson aart aasen abad abadi abadie abalos abarca abate abbas abbasi abbate abbatiello
abbe abbey abbie abbot abbott abboud abbruzzese abby abbé abdalla abdallah abdelaziz abdelkhalek abdella
abdelrahman abdi abdirahman abdo abdou abdu abdul abdulaziz abdulkadir abdulla abdullah abdullahi abdulle
abdulrahman abe abebe abed abeita abel abele abell abella abellana abello abels abelson abendroth aber
abercrombie aberle abernathy abernethy abeyta abid abigail abila able ables abner abney abood aboud aboytes
abplanalp abraha abraham abrahamian abrahams abrahamsen abrahamson abram abramov abramowitz abrams abramson
abrego abreu abrigo abril abron abruzzo absher abshier abshire abston abt abts abu abukar abundez abundis
abundiz aburto acampora accardi accardo accetta accurso ace acebedo acedo aceituno acero aceto acevedo aceves
acharya acheampong achenbach acheson achey achille achord acierno acker ackerman ackermann ackerson ackles
ackley acklin ackman acoba acoff acord acosta acquaviva acre acree acres acton acuff acuna ada adachi adah
adair adalberto adaline adam adamczyk adame adamek adames adami adamo adams adamski adamson adan aday adcock
adcox addair addeo adderley addie addington addis addison addo addy ade adebayo adela adelaida adelaide adele
adelia adelina adeline adell adella adelle adelman adelmann adelson adem aden adena ader aderholt ades adeyemi
adger adhaar adhikari adina adinolfi adjei adkins adkinson adkison adkisson adler admire adney adolf adolfo
adolph adolphson adorno adragna adria adrian adriana adriane adrianna adrianne adriano adrien adriene adrienne
adsit adu advani advincula ady aeschliman afanador affeldt affleck affolter afonso afshar afton afzal ag'in
agan agar agard agarwal agatha agbayani agbesi agcaoili agee agent ager aggarwal agha agin agler agnello agner
agnes agnew agnus agosta agostinelli agostini agostino agosto agramonte agrawal agredano agresta agripina
aguado aguas aguayo agudelo agudo agueda aguero aguiar aguila aguilar aguilera aguillar aguillard aguillon
aguinaga aguinaldo aguiniga aguirre agundez aguon agustin agustina agustín agyeman agyemang ahart ahearn ahern
ahl ahlberg ahlers ahles ahlgren ahlquist ahlstrom ahluwalia ahmad ahmadi ahmed ahn ahner aho ahrendt ahrens
ahsan ahuja ahumada ai aichele aida aide aiello aiken aikens aikin aikins aikman aiko aileen ailene aime aimee
aina ainslie ainsworth aird airey airhart aisha aispuro aitchison aitken aja ajayi akana akbar akbari ake akel
aker akerman akers akey akhtar akhter aki akihiro akiko akilah akin akins akiyama akkaoui akopyan akos akpan
akram akridge akter akther al ala alabi alaimo alaina alaine alam alameda alamilla alamillo alamo alan alana
alane alanis alaniz alanna alarcon alarid alas alatorre alavez alavi alayna alba alban albanese albano
albarado albarez albarracin albarran albaugh albee alber alberico albers alberson albert alberta albertha
alberti albertina albertine albertini alberto alberts albertson alberty albin albina albino albo albor
albornoz albrecht albright albritton albro albuquerque albury albus alcaide alcala alcalde alcantar alcantara
alcaraz alcazar alcindor alcocer alcock alcon alcorn alcorta alcoser alcott alda aldaba aldaco aldama aldana
aldape alday aldaz alden alder alderete alderfer alderman alderson aldinger aldo aldous aldred aldredge
aldrete aldrich aldridge ale alease alec alecia aleen alegre alegria aleida aleisha alejandra alejandre
alejandrina alejandro alejo alejos aleman alemayehu alemu alena alene alers alesha aleshia aleshire alesi
alesia alessandra alessandro alessi alessio aleta aletha alethea alethia alewine alex alexa alexander
alexandra alexandre alexandria alexey alexia alexis alfano alfaro alferez alff alfieri alfonso alfonzo alford
alfred alfreda alfredia alfredo alfrey algarin alger ali alia aliaga aliaksandr alica alice alicea alicia
alida aliff alina aline alioto alire alisa alise alisha alishia alisia alison alissa alita alix aliza alkhatib
alkire all alla allah allain allaire allan allard allbee allbright allbritton alldredge allee alleen allegra
allegretti alleman allemand allen allena allende allender allene allensworth aller allers alles alleva alley
alleyne allgaier allgeier allgood alli allie alligood allin alline alling allington allis allison allman
allmon allmond allor alloway allphin allred alls allshouse allsop allsup allums ally allyn allyson alm alma
almacellas almada almaguer alman almand almanza almanzar almaraz almazan almeda almeida almendarez almeta
almodovar almon almond almonte almquist almy alo aloi aloia aloisio alolita alomar alomari alona alongi alonso
alonzo alpaugh alper alpers alpert alpha alphin alphonse alphonso alpizar alred alsaidi alsip alsobrook alsop
alspach alspaugh alston alsup alt alta altagracia altamirano altemus altenburg alter alterman altha althaus
althea althoff althouse altice altidor altier altieri altizer altland altman altmann alto altobelli altom
altomare alton altschuler alumbaugh alva alvarado alvardo alvarenga alvares alvarez alvaro alvear alvelo
alvera alverio alverson alverta alves alvey alvi alviar alvidrez alvillar alvin alvina alvino alvira alvis
alviso alvizo alvord alward alwine aly alyce alycia alysa alyse alysha alysia alyson alyssa alzate amabile
amacher amacker amada amadeo amadi amadio amado amador amaker amal amalfitano amalia aman amanda amann amante
amar amara amaral amarante amari amarillas amaro amason amato amaya amber amberg amberly ambers ambler ambriz
ambrocio ambroise ambrose ambrosino ambrosio amburgey amburn amedee amee ameen amelia amell amen amend
amendola ament amenta amer america amerine amerman amerongen amerson ames amescua amesquita amey amezcua
amezola amezquita ami amick amico amidon amie amiee amigon amin amina amini aminov amir amira amiri amis
amison ammann ammar ammerman ammie ammon ammons amo amoah amodeo amodio amon amor amore amores amorim amoroso
amos amparan amparo amponsah amrhein amrine amsden amsler amster amstutz amundsen amundson amy amye amyx an
ana anabel anacleto analisa anamaria anand anandkumar anania anastacia anastacio anastasi anastasia anastasio
anaya ancell ancheta anchondo ancira ancona ancrum anctil anda andaya andazola andera anderberg anderegg
anders andersen anderson andersson anderton andes anding andino ando andra andrada andrade andrades andras
andre andrea andreas andreasen andree andrei andreoli andreozzi andres andresen andress andreu andrew andrews
andria andrick andries andros andrus andry andrzejewski andré andrés andujar andujo andy anello anette
anfinson ang ange angel angela angele angelena angeles angeli angelia angelic angelica angelika angelina
angeline angelini angelique angelita angell angella angelle angelo angelone angelos angelucci angelyn anger
angevine angie angila angla angle anglea anglemyer angles anglin angotti angst angstadt anguiano angulo angus
anh anhalt anibal anika anisa anisha anissa aniston aniszczyk anita anitra anja anjanette anjelica anjum
ankeny anker ankney ankrom ankrum ann anna annabel annabell annabelle annalee annalisa annamae annamaria
annamarie annan annas anne anneliese annelle annemarie annen annese annett annetta annette annice annie annika
annis annita annmarie annunziata anoshin ansah ansari anschutz ansel ansell anselmi anselmo ansley anson
anspach anstead anstett anstine antal antczak antes anthony antigua antill antillon antione antionette antle
antley antoine antoinette antolin anton antonacci antone antonelli antonetta antonette antonetti antonia
antonietta antonina antonini antonio antonson antonsson antonucci antony antos antrim antuna antunes antunez
antwan antwi antwine anwar anya anyanwu anzaldo anzaldua anzalone anzures aoki aoun aparicio apel apfel apgar
apicella aplin apodaca apolinar apolonia apolonio aponte apostol appel appelbaum appell apperson appiah apple
applebaum applebee appleberry appleby applegarth applegate appleman appleton applewhite applin appling april
apryl aquilar aquilina aquilino aquino ara arabie araceli aracelis aracely aracena aragon aragona arai araiza
arakaki arakawa arakelian araki arambula aramburo arana aranda arango arant araque arata araujo arauz araya
arballo arbaugh arbelaez arbogast arboleda arbour arbuckle arbuthnot arca arcand arcaro arce arcelia arcement
arceneaux arceo arch archambault archambeau archambeault archbold archer archey archibald archibeque archie
archila archuleta archuletta arcia arciga arcila arcilla arciniega arcos arcuri ard ardath ardelia ardell
ardella ardelle arden ardila ardis ardith ardito ardizzone ardoin ardon ardrey arebalo arechiga arehart arel
arellanes arellano arena arenas arencibia arend arends arendt arens arent ares aretha arevalo arevalos arey
argabright argelia argentina argento argo argote argue arguelles arguello argueta arguijo argumedo argyle
ariana ariane arianna arianne arias arica arico arie ariel arielle arif ariola aris arismendez arispe arista
aristizabal arita ariza arizaga arizmendi arizola arizpe arjen arjona arjun arkadii arkin arla arlean arledge
arleen arlen arlena arlene arletha arletta arlette arlie arlinda arline arlt arlyne arm's armagost arman
armand armanda armandina armando armas armato armbrust armbruster armendarez armendariz arment armenta
armentrout armer armes armfield armida armijo armin arminda armistead armitage armon armor armour arms
armstead armstrong armwood arn arnaud arndt arnell arner arnesen arneson arnett arnetta arnette arney arnita
arno arnold arnoldo arnone arnott arntz arnulfo arnwine aro arocha arocho aron aronoff aronov aronson arora
aros arpin arps arquette arrambide arrant arras arrasmith arrazola arreaga arredondo arreguin arrellano
arreola arriaga arriaza arrieta arrigo arrington arriola arron arrowood arrowsmith arroyave arroyo arroyos
arruda arsenault arseneau arshad arslan art arteaga artem arter arterburn arth arthur arthurs artiaga artie
artiga artiles artis artman artola artrip arturo artz arvelo arvidson arvie arvilla arvin arviso arvizo arvizu
arwood ary arya arzaga arzate arzola arzu arzuaga asa asad asamoah asante asare asaro asato asay asbell
asberry asbill asbury ascencio asch asche aschenbrenner ascher asencio asfaw asfour asghar ash asha ashanti
ashbaugh ashbrook ashburn ashby ashcraft ashcroft ashdown ashe ashely ashenfelter asher ashford ashish ashlea
ashlee ashleigh ashley ashli ashlie ashline ashlock ashly ashlyn ashman ashmore ashpole ashraf ashton ashurst
ashwell ashwood ashworth asia asif askar askew askey askin askins askren aslam aslanian asley asman asmar
asmus asmussen asper aspinall aspinwall asplund assad assaf assefa asselin assunta astacio astin astle aston
astor astorga astrid astudillo asuncion atallah atayde atchison atchley aten atencio ater ates atha athena
atherton athey atienza atilano atkin atkins atkinson atkison atkisson atlas atnip attanasio attar attard
attaway atteberry attebery atterberry atterbury attia atticus attwood atwal atwater atwell atwood au aube
aubert aubin auble aubrey aubry aubuchon auch auclair aucoin aud audet audette audie audra audrea audrey
audria audrie audry auer auerbach aufiero auge augello augenstein auger aughenbaugh augsburger august augusta
auguste augustin augustina augustine augusto augustus augustyn augustyniak auker aul auld aull ault aultman
auman aumiller aundrea aune aung aungst aura aurand aurea aurelia aurelio auriemma aurora aurore ausman ausmus
aust austad austen austin auston austria autechre auten auth authement autin auton autrey autry autumn auvil
auxier auyeung auzenne ava avakian avallone avalos avant avants avdic avelar avelina avelino avella avellaneda
avellino aven avena avendano avent avera averett averette averill averitt aversa avery avetisyan avey avila
aviles avilez avilla avina avis avitia avril awad awalt awan awe awilda awwad axe axel axelrod axelson axsom
axtell axton ayad ayako ayala ayana ayanna ayars aybar aycock aydelotte aydin aye ayele ayer ayers ayesha
aylesworth aylor aylward aymond ayo ayon ayotte ayoub ayres ayscue ayson ayub ayuso ayyad azad azalee azam
azar azbell azbill azcona azeez azevedo azhar azim azimi aziz azizi azpeitia azua azucena azuma azure azzam
azzara azzarello azzie ba baack baade baar baas baba babar babara babayan babb babbitt babbs babcock babel
baber babers babette babiarz babic babich babin babineau babineaux babington babino babinski babson babu
babyak baca bacallao bacani baccam bacchus baccus bach bacha bachand bache bachelder bachelor bacher bachert
bachman bachmann bachmeier bachrach bachstein bachtel bachus bacigalupo back backer backes backhaus backlund
backman backstrom backus bacon bacote badal badalamenti badders bade badeaux baden bader badertscher badger
badgett badgley badia badilla badillo badolato badon badua bady bae baehr baek baena baer baerga baeyens baez
baeza bagby bagg baggett baggins baggott baggs baginski bagley bagnall bagnell bagshaw bagwell bah baham bahe
bahena bahl bahm bahn bahnsen bahr bai baier baig baik bail bailes bailey bailie bailiff baillargeon baillie
bailly bailon bailor baily bain bainbridge baine baines bains bainter baio bair baird baires baisch baisden
baisley baity baiza baize bajaj bajwa bak bake baker bakewell bakke bakken bakker bakos baksh bakshi bal bala
balaban balaji balakrishnan balan balandran balas balash balasubramanian balazs balboa balboni balbuena
balcazar balcer balch balcom bald baldauf balde baldenegro balderas balderrama balderson balderston baldi
balding baldini baldino baldo baldock baldonado baldree baldridge balducci baldus baldwin bale balentine bales
balestrieri baley balfour balian balicki balingit balint balistreri balk balkcom balke balko ball balla
balladares ballance ballantine ballantyne ballard ballas ballenger ballentine baller ballester ballesteros
ballew balleza balli balliet ballin ballinas balling ballinger ballman ballon ballou ballow balls ballweg
balmaceda balmer balog balogh balogun balon balsam balsamo balser balsley baltazar balter baltes balthazar
balthazor balthrop baltierra baltimore baltodano baltz baltzell baltzer baluyot balzano balzer bamba bamber
bamberg bamberger bambi bamburg bame bamford ban banach banales banas banaszak bancroft band banda bandera
banderas bandi bandy bane banegas banerjee banes baney banfield bang bange bangert bangerter banghart bangs
bangura banh banik banister bank banker bankert bankes bankhead banko banks bankson bankston bannan banner
bannerman banning bannister bannon bano banos bansal banta banton bantz banuelos banville bao baptist baptista
baptiste baquero bar bara barabara barahona barajas barak barakat baral baran baranowski baranski barash
baratta barb barba barbagallo barbar barbara barbaro barbato barbe barbeau barbee barber barbera barberena
barberio barbero barbie barbier barbieri barbin barbosa barbour barboza barbra barbre barbuto barca barcelo
barcelona barcena barcenas barch barcia barclay barco barcomb barcus barczak bard bardales barden bardin bardo
bardon bardsley bardwell bare barefield barefoot barela bares barfield barfoot barfuss barg barga bargas barge
barger bargo barham barhorst bari baril barile barilla barillas barish bark barkan barker barkey barkley
barkman barks barksdale barlett barletta barley barlow barman barmore barna barnaby barnard barnas barndt
barner barnes barnet barnett barnette barney barnhardt barnhart barnhill barnhouse barnick barno barnum
barnwell baro barocio baron barona barone baroni baros barot barquero barr barra barraclough barradas barragan
barrales barranco barrantes barras barratt barraza barre barreda barreiro barren barrentine barrera barreras
barrero barresi barret barreto barrett barretta barrette barretto barrick barrie barrientes barrientez
barrientos barrier barriere barriga barrilleaux barrineau barringer barrington barrio barrios barris barro
barron barros barroso barrow barrows barrs barrus barry barsky barsness barsotti barstad barstow bart barta
bartee bartek bartel bartell bartels bartelt barter barth barthel barthelemy bartholomew bartholow bartko
bartkowiak bartle bartleson bartlett bartley bartling bartlow bartman barto bartok bartol bartoli bartolo
bartolome bartolomei bartolomeo bartolotta barton bartone bartos bartosh bartow bartram bartsch bartunek bartz
barua baruch barwick basa basaldua basch basco bascom basden basdeo base basel basey basford bash basha basham
bashaw bashford bashir bashor bashore basic basil basile basilia basilio basinger baskerville baskett baskin
baskins basler basnet basnight bason basquez bass bassett bassford bassham bassi bassler basso bast basta
bastian bastida bastidas bastien bastin baston bastos basu basulto basurto baswell basye batalla batchelder
batchelor batdorf bate bateman baten bates bateson batey bath bathke bathurst batie batista batiste batman
bator batra batres batson batt battaglia batte batten battersby batterson batterton battey battin battista
battiste battisti battle battles batton batts batty baty batz baublitz bauch baucom baucum bauder baudoin
bauer bauerle bauers baugh baughan baugher baughman baughn bauguess baugus baum bauman baumann baumbach
baumberger baumeister baumer baumert baumgardner baumgart baumgarten baumgartner baumler baun baur baus bausch
bauserman bautista bauza bavaro bawa bawden bax baxa baxley baxter bay bayard baye bayer bayes bayles bayless
bayley baylis bayliss baylon baylor bayly baynard bayne baynes bayona bays baysinger baza bazaldua bazan bazar
baze bazemore bazile bazinet bazzell bazzi be bea beach beacham beachem beachler beachum beachy beacom beadle
beadles beagle beagley beahm beaird beal beale bealer beall beals beam beaman beamer beamish beamon beams bean
beane beans bear bearce beard bearden beardslee beardsley beare bearman beary beas beasley beason beaston
beata beato beaton beatrice beatris beatriz beattie beatty beaty beau beaubien beaubrun beauchamp beauchemin
beauchesne beaudet beaudette beaudin beaudoin beaudry beauford beaufort beaulah beaulieu beaumont beaupre
beauregard beausoleil beauvais beaven beaver beavers beazley bebe bebee bebout becenti becerra becerril
bechard becher becht bechtel bechtol bechtold beck beckel becker beckerman beckert beckett beckford beckham
becki beckie beckler beckles beckley beckman beckmann becknell beckner becks beckstead beckstrand beckstrom
beckum beckwith beckworth becky becnel becraft becton bedard beddingfield beddow bedel bedell bedenbaugh
bedford bedgood bedi bedingfield bednar bednarczyk bednarek bednarski bednarz bednárik bedolla bedore bedoy
bedoya bedrosian bedsole bedwell bee beebe beech beecham beecher beechy beecroft beede beedgen beedle beegle
beehler beekman beeks beeler beem beeman beemer been beene beer beerbower beerman beers beery beesley beeson
beets bega beganovic begay begaye begg beggs begin begley begnaud begum behan behar beharry beheler behl
behler behling behm behn behne behnke behr behrend behrends behrendt behrens behringer behrman behrmann
behunin behymer beidler beier beierle beighley beil beiler beilfuss beilke bein beirne beisel beisner beitel
beiter beitler beitzel bejar bejarano bekele bekker belair beland belanger belardo belasco belay belcastro
belch belcher belden belding belen belew belfield belfiore belflower belford belgarde belgrave belia belin
belinda belisle beliveau belizaire belk belkin belkis belknap bell bella bellah bellamy belland bellanger
bellar bellard bellas bellavance bellavia belle bellefeuille beller belles belleville bellew belli bellin
belling bellinger bellini bellino bellis belliveau bellman bellmore bello bellomo bellomy bellon belloso
bellotti bellow bellows bellucci bellville belman belmares belmont belmonte belmontes belmore belnap belongia
belote below belser belsky belson belt belter belton beltran beltre beltz belue belva belville belvin belyea
belyeu belz belzer bembry bement bemis ben benally benard benavente benavides benavidez benbow bence bench
bencivenga bencomo bencosme benda bendel bendele bender bendickson bene benedetti benedetto benedict benefiel
benefield beneke benes benesh benevento benevides benfer benfield benford benge bengston bengtson benham
benigno benincasa benish benita benites benitez benito benjamin benke benkert benko benn benne bennefield
benner bennet bennett bennette bennie benning benninger benningfield bennington bennion bennis benno benny
beno benoist benoit bensen bensley benson bent bentivegna bentley bento benton bentson bentz benvenuto benware
benway benz benzel benzing bequette bera beran beranek berard berardi berardinelli berber berberian berberich
berchtold berdan berends berenice berens berenson beres beresford berg bergan berganza berge bergemann bergen
berger bergeron bergerson berges bergeson bergevin bergey berggren bergh bergin berglund bergman bergmann
bergner bergquist bergren bergsma bergstrom bergum berhane berhe beringer berish berisha beristain berk berke
berkebile berkeley berkey berkheimer berkley berkman berkowitz berkshire berlanga berlin berliner berling
berman bermea bermejo bermel bermeo bermingham bermudes bermudez bern berna bernabe bernadette bernadine
bernal bernard bernarda bernardez bernardi bernardina bernardine bernardini bernardino bernardo bernardy
bernas bernat bernath berndt berneice berner bernetta berney bernhard bernhardt bernice bernie berniece
bernier berning bernita berns bernstein berntsen bero berquist berra berres berreth berrett berrian berridge
berrien berrier berrio berrios berroa berrocal berrones berry berryhill berryman berson bert berta bertelsen
bertha berthelot berthiaume berthold berti bertie bertin bertini bertino bertke bertolini bertolino berton
bertone bertoni bertram bertrand bertsch bertucci berube berumen berwick beryl besaw besch besecker beshara
beshears bess besse bessent besser bessette bessey bessie bessler besson best beste bester beswick betances
betancourt betancur betcher beth bethanie bethann bethany bethea bethel bethell bethke bethune betsey betsy
bette bettencourt betters betterton bettes bettie bettina bettinger bettis betton betts betty bettyann bettye
betz beula beulah beus beutel beutler bev bevacqua bevan bevans bevard bevel bever beverage beveridge beverlee
beverley beverly bevers bevier bevilacqua bevill beville bevington bevins bevis bewley bey beydoun beyene
beyer beyers beynon bhagat bhakta bhalla bhandari bhardwaj bhargava bhasin bhat bhatia bhatnagar bhatt
bhattacharya bhattarai bhatti bhavsar bhola bhuiyan bhullar bi biagi biagini bialas bialek bian bianca bianchi
bianchini bianco bias bibb bibbins bibbs bibby bibeau bibi bibian bibiano bible bibler bice bichler bick
bickel bickers bickerstaff bickett bickford bickham bickle bickley bicknell biddinger biddix biddle biddy
biden bidlack bidwell bieber biederman biedermann biegel biegler biehl biehn bieker biel bielawski bielecki
bieler bielinski bielski bien bienaime bieniek bienkowski bienvenu bier bierbaum bieri bierlein bierly bierman
biermann biernacki biernat biery bies biesecker biever biffle bigbee bigby bigelow biggar bigger biggers
biggerstaff biggins biggs bigham bigler bigley bigos bigsby bilal bilbao bilbo bilbrey bilby bilderback bilek
bilello biles bilger bilinski bill biller billet billi billie billig billing billings billingslea billingsley
billingsly billington billiot billips billiter billman bills billups billy billye bilodeau bilotta bilotti
bilski bilyeu bina binder binegar binette binford bing bingaman binger bingham bingman binion binkley
binkowski binney binning binns binstock biondi biondo birch bircher birchfield birchmeier bird birden birdie
birdsall birdsell birdsong birdwell birge birgit birk birkeland birkett birkhead birkholz birkland birkner
birks birky birmingham birnbaum birney biro biron birr birt bisbee biscardi bisceglia bischof bischoff biscoe
bise bisel biser bish bishara bishoff bishop biskup bisono biss bissell bisset bissett bissette bisson
bissonette bissonnette bistline biswas bitar bitler bitner bitter bittick bitting bittinger bittle bittner
bitton bitz bitzer bivens bivins bivona bixby bixler bizzell bjerke bjork bjorklund bjorkman bjornson
bjornstad björn black blackard blackburn blacker blackerby blacketer blackford blackham blackhurst blackledge
blackley blacklock blackman blackmer blackmon blackmore blackshear blacksher blackshire blacksmith blackson
blackstock blackston blackstone blackwelder blackwell blackwood blade blades blagg blaha blahnik blain blaine
blair blais blaisdell blaise blake blakeley blakely blakeman blakemore blakeney blaker blakes blakeslee
blakesley blakey blakley blakney blalock blan blanc blanca blancarte blancas blanch blanchard blanche blanchet
blanchett blanchette blanchfield blanck blanco bland blandford blandin blanding blandino blando blandon blane
blaney blanford blank blanke blanken blankenbaker blankenship blankinship blanks blansett blanton blas
blaschke blasco blase blaser blash blasi blasingame blasius blasko blass blassingame blasé blatchford blatt
blatter blattner blau blauser blaustein blauvelt blay blaylock blaze blazek blazer blea bleakley bleau blecha
bleck bledsoe bleeker blehm bleich bleier bless blessing blevins blew blewett bley blick blickenstaff bligh
blind blinn bliss blissett blitch blitz bliven blizzard bloch blocher block blocker blodgett blohm blom
blomberg blome blomgren blomquist blondell blondin blood bloodgood bloodsworth bloodworth bloom bloomberg
bloomer bloomfield bloomquist blose bloss blosser blossom blough blouin blount blow blowe blowers bloxham
bloxom bloyd blubaugh blue bluestein bluford bluhm bluitt blum blumberg blume blumenfeld blumenthal blumer
blundell blunk blunt blust bluth bly blye blystone blyth blythe bo boak boakye boal boals boan board boardman
boarman boas boateng boatman boatner boatright boatwright boaz bob bobadilla bobak bobb bobbi bobbie bobbitt
bobby bobbye bobe bober boberg bobette bobo bobrowski bobst bocanegra bocchino boccia boccio boch bochenek
bock bockelman bockman bocock boda bodden boddewyn boddie boddy bode bodell boden bodenhamer bodenheimer bodi
bodie bodiford bodily bodin bodine bodkin bodley bodnar bodner body boe boeck boecker boeckman boedeker
boeding boehler boehlke boehm boehme boehmer boehnlein boelter boen boer boerger boerner boersma boes boesch
boese boesen boettcher boettger boettner boeve bogan bogar bogard bogardus bogart bogdan bogen boger bogert
boggan boggess boggio boggs bogle bognar bogner bogosian bogsanyi bogucki bogue bogus bohac bohan bohanan
bohannan bohannon bohanon bohl bohlen bohler bohling bohlman bohlmann bohm bohman bohn bohne bohner bohnert
bohnsack bohon bohorquez bohr bohrer boice boike boileau bois boisclair boise boisseau boisvert boitnott
boivin bojorquez bok bokhari bol bolan boland bolander bolanos bolar bold bolden boldin bolding bolds boldt
bolduc bole bolek bolen bolender boler boles boley bolger bolick bolin boling bolinger bolivar boll
bollenbacher boller bolles bollig bollin bolling bollinger bollman bologna bolser bolstad bolster bolt bolte
bolten bolton boltz bolyard bolz boman bomar bomba bombard bombardier bomberger bomgardner bommarito bon bona
bonacci bonanni bonanno bonano bonaparte bonar bonaventura bonavita bond bondar bondarenko bonde bondi bondoc
bonds bondurant bondy bone bonebrake bonelli bonenfant boner bones bonesteel bonet bonetti boney bonfiglio
bong bongard bongiorno bongiovanni bonham bonhomme boni boniface bonifacio bonifas bonilla bonillas bonin
bonine bonini bonita bonito bonk bonkowski bonn bonneau bonnell bonnema bonner bonnet bonnett bonnette
bonneville bonney bonnie bonny bono bonomo bonsall bonser bonsignore bonsu bontempo bontrager bonura
bonvillain boodram booe booher book booker bookman bookout books bookwalter boom boomer boon boone boonstra
boor boos boose booth boothby boothe boots booze boozer bopp borah borawski borba borboa borbon borch
borchardt borcherding borchers borchert borck borda bordeau bordeaux bordelon borden border borders bordner
bordonaro borek borel borelli boren borenstein borer bores borg borge borgen borger borgerding borges borgeson
borgia borgman borgmann boria boring boris borja borjas borjon bork borkholder borkowski borland borman
bormann born borne borneman bornemann borner bornstein borntrager borntreger boroff boron boros boroughs
borowicz borowski borquez borrayo borrego borrell borrelli borrero borromeo borror borsetti borst bort borth
borthwick bortner borton bortz borucki boruff borum borunda borys bos bosak bosarge bosch boschert bosco bose
boseman boser bosh boshart boshears bosler bosley bosma bosman bosque bosquez boss bossard bosse bosserman
bossert bost boster bostian bostic bostick bostock boston bostrom bostwick boswell bosworth boteler botelho
botello boten botero both bothe bothwell botkin botros botsford bott botta bottas bottcher botti botto bottom
bottomley bottoms bottorff botts bou bouchard bouche boucher bouck boudreau boudreaux bouffard bough boughner
boughton bouie boukli bouknight boulanger boulay boulden bouldin boulet bouley boulos boulter boulton boulware
bouma bouman bounds bour bourassa bourbeau bourbon bourdeau bourdon bourg bourgault bourgeois bourget bourgoin
bourke bourland bourn bourne bourque bourquin bouse bouska bousman bousquet boutelle boutilier boutin bouton
boutros boutte boutwell bouvier bouwman bouyer bouza bova bovard bove bovee bovell bow bowden bowdoin bowe
bowen bowens bower bowerman bowers bowersock bowersox bowes bowie bowker bowland bowlby bowler bowles bowley
bowlin bowling bowman bown bowne bowser bowsher bowyer box boxer boxley boy boyajian boyce boyd boyden
boydston boydstun boye boyea boyer boyers boyes boyett boyette boyington boykin boykins boyko boylan boyland
boyle boylen boyles boyne boynton boys boysen boyt boyte boyter boyum boza bozarth boze bozek bozeman bozich
bozman bozzo braasch braaten braatz brabant brabec brabham brabo brabson bracamonte bracamontes bracco brace
bracero bracewell bracey brach bracht brack brackeen bracken brackens brackett brackin brackins brackman
brackney bracy brad bradberry bradburn bradbury braddock braddy braden brader bradfield bradford bradham
bradish bradley bradly bradshaw bradsher bradstreet bradt bradway bradwell brady brafford braga bragdon brager
bragg braggs braham brahm brahmbhatt brailey brailsford brain brainard brainerd braithwaite brake brakebill
brakefield braley braly bram braman brambila bramble bramblett brame bramer bramhall bramlett bramley brammer
bramwell bran branagan branam branan branca brancato branch branche branco brand branda brandao brandau brande
brandee brandel branden brandenberger brandenburg brander brandes brandi brandie brandl brandner brandon
brandow brands brandstetter brandt brandy branham branigan brann brannan brannen branner brannigan branning
brannock brannon brannum branscome branscum bransford branson branstetter brant brantley brantner branton
branum brar brasch brase brasel brasfield brashear brashears brasher brashier brasier brasil brasington brass
brassard brasseaux brassell brasseur brassfield braswell bratcher brathwaite bratt bratten bratton braud
brauer brault braun brauner braunstein brautigam braverman bravo brawley brawn brawner braxton bray brayboy
brayman brayton braz brazeal brazeau brazee brazel brazell brazelton braziel brazier brazil brazile brazzell
brea breakfield bream breana breann breanna breanne breault breaux breazeal breazeale breceda brecher brecht
breck breckenridge breda bredeson bree breece breed breeden breeding breedlove breeland breen brees breese
breeze bregman brehm brehmer breidenbach breier breiner breit breitbach breitenbach breitenstein breithaupt
brekke breland brelsford bremer bremmer bremner bren brenda brendan brendel brenden brendle brendon breneman
brenes brenna brennan brennecke brenneman brennen brenner brent brentlinger brenton brents breon brereton
brescia bresee breshears bresler breslin breslow bresnahan bressler bret bretado breton brett bretz breuer
breunig brevard brew brewer brewington brewster brewton brey breyer brezina brezinski brian briana briand
brianna brianne briant bribiesca brice briceno brick brickell bricker brickey brickhouse brickley brickman
brickner bride bridge bridgeford bridgeforth bridgeman bridger bridgers bridges bridget bridgett bridgette
bridgewater bridgman bridwell brien brienza brier briere brierley brierly briese brigance briganti brigette
briggs brigham bright brightbill brightman brighton brightwell brigid brigida brigitte brigman brignac briles
briley brill brillhart brim brimage brimer brimhall brimm brimmer brin brinda brindle brindley brinegar briner
briney bringas bringhurst brink brinker brinkerhoff brinkley brinkman brinkmann brinkmeyer brinks brinlee
brinley brinn brinson brinton brion briones brisbane brisbin brisbois brisbon brisco briscoe briseno briskey
brison brissette brisson brister bristol bristow britain britany brite britney britni brito britt britta
brittain brittaney brittani brittanie brittany britten britteny brittian brittingham brittney brittni brittny
britto britton britz brixey brizendine brizuela broach broad broadbent broaddus broadfoot broadhead broadhurst
broadie broadnax broadus broadwater broadway broadwell broady broberg brobst brocato brochu brocious brock
brocker brockett brockington brockman brockmann brockmeier brockmeyer brockway brockwell brod broda brodbeck
brode broden broder broderick brodersen brodeur brodhead brodie brodnax brodrick brodsky brodt brody broeker
brogan brogden brogdon brokaw broker broman bromberg bromfield bromley bronaugh bronk bronner bronson
bronstein bronwyn brook brooke brooker brookes brookhart brooking brookins brookman brookover brooks
brookshire broom broome broomfield brophy brosch brose brosius brosky brosnan bross brossart brosseau brost
brothers brotherton brott brotzman broudou brough broughman broughton brouillard brouillette brouse broussard
brousseau brouwer brow browder brower brown browne brownell browner brownfield browning brownlee brownlow
brownrigg brownson brownstein broxson broxton broyles broz brozek brubaker brucato bruce bruch bruck brucker
bruckner bruder brue brueckner brueggeman brueggemann bruemmer bruen bruening bruer bruggeman brugger brugh
brugman bruhn bruins bruinsma brule brum brumback brumbaugh brumbelow brumett brumfield brumit brumley brumm
brummel brummer brummett brummitt brun bruna brundage brundidge brundige brune bruneau brunell brunelle bruner
brunet brunett brunette brunetti brungardt bruni brunilda bruning brunk brunke brunn brunner bruno bruns
brunson brunswick brunt brunton brusdar brush bruso bruss brusseau brust bruton brutus bruzzese bryan bryanna
bryant bryars bryce bryden bryer bryk brymer bryner brynn bryon bryson brzezinski brzozowski bu bubar bubb
bublitz bucci bucciarelli buch buchan buchanan buchanon bucher buchert buchheit buchholtz buchholz buchman
buchner bucholtz bucholz buchta buchwald bucio buck buckalew buckel buckelew buckhalter buckholz buckingham
buckland buckle buckler buckles bucklew buckley bucklin buckman buckmaster buckner bucko buckwalter bucy
buczek buczkowski buczynski bud buda buday budd budde budden buddy budge budhu budke budnick budnik budreau
budz budzinski bue bueche buechel buechler buechner buehler buehner buehrer buel buell buelna buelow buena
buenaventura buendia bueno buenrostro buentello buerger buerkle buescher buesing bueso buettner buff buffa
buffalo buffaloe buffay buffington buffkin buffone bufford buffum buffy bufkin buford bugarin bugbee bugg
buggs buhl buhler buhr buhrman bui buice buie buis buist buitrago buitron buker bukhari bukowski bula bulah
bulger bulkley bull bulla bullard bullen buller bullinger bullington bullins bullion bullis bullman bulloch
bullock bulluck bulman bulmer bulson bulthuis bultman bumanglag bumbalough bumgardner bumgarner bump bumpass
bumpers bumpus bun bunce bunch bundick bundrick bundy bungard bunge bunger bunk bunker bunkley bunn bunnell
bunner bunny bunt bunten buntin bunting bunton bunyan bunyard buono buonocore buonomo bupp burak buras burba
burbach burbage burbank burbidge burbridge burch burcham burchard burchell burchett burchette burchfield
burciaga burd burda burden burdett burdette burdge burdick burdine burditt burdo bureau burek bures buresh
burford burg burgan burgard burgdorf burge burgener burger burges burgess burgett burghardt burgher burgin
burgio burgo burgoon burgos burgoyne burgueno burhans burian burich burk burkard burkart burke burkeen burkert
burkes burket burkett burkey burkhalter burkhard burkhardt burkhart burkhead burkholder burkle burkley burkman
burks burl burleigh burleson burlew burley burling burlingame burlingham burlison burma burman burmeister
burmester burn burnam burnell burner burnes burnett burnette burney burnham burningham burnley burns burnsed
burnside burnworth burow burpee burpo burr burrage burrell burress burridge burrier burrill burris burriss
burritt burrola burrough burroughs burrow burrowes burrows burruel burrus burruss burry burse bursey burson
burstein burston burt burtch burtis burtner burton burts burtt burwell bury burzynski busa busbee busby
buscemi busch busche buscher buschman buschmann buse buser busey bush busha bushaw bushee bushell bushey
bushman bushnell bushong busick buske buskey buskirk buss bussard busse bussell bussey bussiere bustamante
buster bustillo bustillos busto bustos buswell butala butch butcher butchko buteau butera buterbaugh buth
butkiewicz butkovich butkus butler butner butt buttars butterbaugh butterfield buttermore butters butterworth
buttery buttler buttner button buttram buttrey buttry butts butz buxbaum buxton buys buza buzard buzbee buzby
buzzard buzzell buzzelli byam byard byars byas bybee bye byer byerley byerly byers byfield byford byington
byler bylsma bynes bynoe bynum byram byrd byrge byrne byrnes byrns byrom byron byrum byun bywater bøvith
caamano caba cabada cabal caballero caban cabana cabanas cabanilla cabanillas cabaniss cabe cabell cabello
cabeza cabezas cable cabot cabral cabrales cabreja cabrera cabriales cacace caccamo cacciatore cacciola
caceres cacho cachola cacioppo cadavid caddell cadden caddy cade cadena cadenas cadenhead cadet cadieux
cadigan cadiz cadle cadman cadogan cadorette cadotte cadwallader cadwell cady caesar caetano cafaro caffee
caffey caffrey cafiero cage caggiano cagle cagney cahalan cahall cahill cahn cahoon cahue cai caiazzo caicedo
cail cain caine caines cairns cairo caison caisse caitlin caitlyn caito cajamarca cajigas cajuste cala
calabrese calabria calabro calahan calais calamia calandra calaway calbert calcagni calcagno calcano
calcaterra calcote caldas caldeira calder caldera calderon calderone calderwood caldwell cale caleb calero
cales caley calfee calhoon calhoun cali caliendo califano caligiuri calise calista calix calixte calixto
calkins call callaghan callaham callahan callais callan callanan callas callaway calle callegari calleja
callejas callen callender calleros callery calles calley callicoat callicutt callie callier callies callihan
callis callison callista callister callow calloway calma calmes calnan calo caloca calton calva calvario
calvert calvillo calvin calvo calzada calzadilla cam camacho camaj camara camarata camarda camarena camargo
camarillo camba camberos cambra cambre cambria cambridge cambron camden camejo camel camelia camellia camera
camero cameron camey cami camie camila camilla camille camilleri camillo camilo caminiti camino camire cammack
cammarata cammie cammon cammy camp campa campagna campana campanaro campanella campanelli campanile campas
campbell campeau camper campfield campillo campion campione campise campisi campo campos campoverde camps
campusano campuzano camus can canaan canada canaday canady canal canale canales canary canas canavan cancel
canchola cancilla cancino cancio candace candance candela candelaria candelario candelas candi candia candice
candida candido candie candis candler cando candra candy candyce cane canedo canela canelo canepa canete canez
canfield cangelosi cangemi cangialosi canham caniglia canino canipe canizales canizalez canizares canlas cann
cannaday cannady cannan cannata cannell cannella canney canning cannizzaro cannizzo cannon canny cano canon
canova canseco cansino cansler cantarero cantave canter cantera canterbury cantero cantey cantillo cantin
cantley canto canton cantone cantor cantoran cantos cantrell cantrelle cantu cantwell canty canul canup
canzoneri cao caouette cap capalbo capaldi capasso cape capece capehart capel capell capella capellan capelle
capelli capello capen capers caperton capes capetillo capili capistran capistrano capitano capizzi caplan
caple caples caplinger capo capobianco capone caporale capote capozzi capozzoli capp cappa capparelli cappel
cappelletti cappelli cappello capper cappiello capps cappuccio capra caprice caprio capriotti capron capshaw
captain capuano caputo car cara carabajal caraballo caracciolo carachure caradine caramanolis carandang carano
carapia caras caravella caravello caraveo carawan caraway carbajal carballo carbaugh carberry carbo carbon
carbonaro carbone carbonell carboni carbonneau carcamo carchi card carda cardamone cardarelli cardell cardella
cardello carden cardenas carder cardiel cardillo cardin cardinal cardinale cardon cardona cardone cardosa
cardoso cardoza cardozo cardwell care careaga carella carelli caren carew carey carfagno cargile cargill cargo
carhart cari cariaga carias carico caridad carie carignan carillo carin carina carini carino carisa carissa
carita carithers carl carla carlberg carle carlee carleen carlen carlena carlene carleton carletta carley
carli carlie carlile carlin carline carling carlini carlino carlisle carlita carll carlo carlock carlon
carlone carlos carlota carlotta carlow carls carlsen carlson carlstrom carlton carlucci carly carlyle carlyn
carma carmack carman carmean carmel carmela carmelia carmelina carmelita carmella carmelo carmen carmer
carmichael carmina carmine carmody carmon carmona carmouche carn carnahan carneal carnegie carneiro carnell
carner carnero carnes carnevale carney carnley carns caro carol carola carolan carolann carole carolee carolin
carolina caroline caroll carollo carolus carolyn carolyne carolynn caron carone carothers caroyln carozza carp
carpenter carpentier carper carpino carpio carr carra carradine carraher carranco carrano carranza carrara
carrasco carrasquillo carraway carreira carreiro carrel carrell carreno carreon carrera carreras carrero
carretero carreto carri carrick carrico carrie carrier carriere carrigan carriger carriker carrillo carrington
carrion carriveau carrizal carrizales carrizosa carro carrol carroll carron carrow carrozza carruth carruthers
carry carsey carson carsten carstens carstensen carswell cart carta cartagena carte cartee carter cartier
cartledge cartmell cartmill cartner carton cartrette cartwright carty caruana carucci caruso caruth caruthers
carvajal carvalho carvell carver carvin carwell carwile cary caryl carylon caryn casa casada casado casados
casady casagrande casal casale casanas casandra casanova casares casarez casarrubias casas casasola casaus
casavant casazza casciano cascio casco cascone case casebeer casebolt casella caserta casey cash cashdollar
cashen cashin cashion cashman cashwell casiano casias casie casillas casimir casimira casimiro casino casique
caskey casler casner caso cason casper caspers casperson cass cassady cassandra cassano cassar cassara
cassaundra cassel cassell cassella casselman cassels cassens casserly cassese casseus cassey cassi cassidy
cassie cassin cassity casso casson cassondra cassy cast castagna castaldi castaldo castaneda castano castanon
casteel castel castelan castell castellano castellanos castelli castello castellon castellucci castelo caster
casterline castiglia castiglione castile castilla castille castilleja castillo castillon castine castle
castleberry castleman castles castner casto caston castonguay castor castorena castrejon castrellon castrillo
castrillon castro castruita caswell catala catalan catalano cataldi cataldo catalina catanese catania catano
catanzaro catapano catarina catarino catchings cate cater caterina cates catharine cathcart cather catherin
catherina catherine cathern cathers catheryn cathey cathi cathie cathleen cathrine cathryn cathy catina catino
catlett catlin cato catoe caton catrice catrina catron catt cattaneo cattell catterton catton cauble caudell
caudill caudillo caudle caufield caughey caughman caughron caulder cauley caulfield caulk caulkins causby
causey cauthen cava cavagnaro cavalier cavaliere cavalieri cavallaro cavalli cavallo cavanagh cavanaugh
cavaness cavazos cave caven cavender caver caverly caves cavett cavey cavin caviness cavins cavitt cawley
cawood cawthon cawthorn cawthorne cayabyab cayce cayer cayetano cayla caylor cayo cayton caywood cazares
cazarez cazier cearley ceasar ceaser ceballos cebreros cebula ceccarelli cecchini cecelia cecena cecere cech
ceci cecil cecila cecile cecilia cecilio cecille cecily cedano cedeno cedillo cedillos cedric cedrick ceesay
cefalu ceja celano celaya celedon celena celentano celesta celeste celestin celestina celestine celestino celi
celia celik celina celinda celine celio celis cella celli cellini cellucci celsa cen cena cendejas ceniceros
centanni centeno center centers centofanti ceola cepeda cepero cephas cephus cera cerami cercone cerda
cereceres cerezo cerino cermak cerna cerniglia cerny ceron cerone cerqueira cerra cerrato cerrillo cerritos
cerrone cerros certain cerullo cerutti cervantes cervantez cervenka cerveny cervera cervone cesar cesare
cesario cesena cespedes cessna cevallos cha chabot chace chachere chacko chacon chad chadbourne chadd chadha
chadwell chadwick chae chaffee chaffin chaffins chafin chagnon chagolla chagoya chahal chahine chai chaidez
chain chaires chairez chaisson chait chakraborty chalfant chalifoux chalk chalker challa challenger challis
chalmers cham chamberlain chamberland chamberlin chambers chamblee chambless chamblin chambliss chamness
chamorro champ champa champagne champeau champine champion champlin champney champoux chan chana chance
chancellor chancey chancy chand chanda chandler chandra chandran chandrasekaran chanel chanell chanelle chaney
chang channel channell chanran chant chantal chantay chante chantel chantell chantelle chanthavong chao chapa
chaparro chapdelaine chapel chapin chaplin chapman chappel chappelear chappell chappelle chapple chaput char
chara charboneau charbonneau chard charest charette charis charise charissa charisse charita charity charla
charland charlebois charleen charlena charlene charles charlesetta charleston charlesworth charlette charley
charlie charline charlot charlott charlotte charlsie charlson charlton charlyn charmain charmaine charney
charo charolette charon charpentier charron charter charters chartier chartrand charvat chas chase chasidy
chasity chason chasse chassidy chastain chasteen chastity chatelain chatfield chatham chatman chatmon
chatterjee chatterton chattin chatwin chau chaudhari chaudhary chaudhry chaudhuri chaudry chauhan chauncey
chauvin chavarin chavarria chavero chavers chaves chavez chavira chavis chavolla chavous chavoya chawla chay
chaya che chea cheadle cheatham cheatum cheatwood check checketts checo chee cheek cheeks cheely cheema cheers
cheeseboro cheeseman cheesman cheetham cheever chelette chelf chelsea chelsey chelsie chen chenard chenault
chenevert cheney cheng chenier chennault chenoweth cheong cher cheramie chere cheree cherelle cheri cherian
cherie cherilyn cherise cherish cherly cherlyn cherney chernoff cherri cherrie cherrington cherry cherryl
cherubin chery cheryl cheryle cheryll chesebro cheshier cheshire chesler chesley chesney chesnut chesnutt
chess chesser chesson chester chestnut chestnutt chet cheung chevalier chevere chevez chew chewning cheyenne
cheyne chhabra chhay chhetri chhim chhun chi chia chiang chiappetta chiaramonte chiarella chiarelli chiarello
chiasson chica chicas chichester chick chickering chico chicoine chidester chieko chiem chien chiesa chihuahua
chilcoat chilcote chilcott child childers childree childres childress childs chiles chilson chilton chim
chimento chin china chinchilla chinen ching chinn chino chio chiodo chiong chiou chipman chipps chiquita
chiquito chiriboga chirico chirino chirinos chisholm chism chisolm chisom chisum chittenden chittick chittum
chitty chitwood chiu chivers chloe chmiel chmielewski chmura cho choat choate chock choe chohan choi choice
choiniere chojnacki chojnowski chokshi cholewa chon chong choo chopp chopra choquette chorba chou choudhary
choudhry choudhury chouinard chow chowdhury chowning choy chretien chrimes chris chrisco chrisman chriss
chrissy christ christa christal christeen christel christen christena christenberry christene christensen
christenson christi christia christian christiana christiane christiano christians christiansen christianson
christie christin christina christine christinia christison christman christmann christmas christner christo
christoff christoffersen christofferson christoper christoph christophe christopher christophersen
christopherson christy chronister chrostowski chrysler chrystal chrzanowski chu chua chuang chubb chuck chudy
chui chum chumbley chumley chumney chun chung chunn chuong chupp church churchill churchman churchwell chute
ciaccio ciampa ciampi cianci ciancio cianciolo ciano ciara ciaramitaro cibrian ciccarelli cicchetti ciccone
cicely cicero cichocki cichon cichy cielo cienfuegos ciera cieri cierra ciesielski ciesla cieslak cifelli
cifuentes cigarroa cihak cijo cilley cimini cimino cina cinco cincotta cinda cinderella cindi cindie cindy
cinelli cinnamon cinque cinthia cintron cioffi ciolino ciotti cipolla cipollone ciprian cipriani cipriano cira
cirelli ciriaco cirigliano cirillo cirilo cirino cirone cisco cisnero cisneros cisse cissell ciszewski citizen
citro citron ciulla civil cizek claar claassen clabaugh claborn clack claeys claffey claflin clagett clagg
claggett claiborne clair claire clairmont clamp clampitt clancy clanton clapham clapp clapper clapsaddle clara
clardy clare clarence claretha claretta clarey claribel clarice claridge clarinda clarine claris clarisa
clarissa clarita clark clarkberg clarke clarkin clarkson clarkston claro claros clary clasen clason class
classen classie clatterbuck claud claude claudette claudia claudie claudine claudio claunch claus clause
clausell clausen clauser clausing clauson clauss claussen clavel clavijo clawson claxton clay claybaugh
clayborn clayborne claybrook claybrooks claycomb clayman claypool claypoole clayson clayton claytor claywell
clear clearwater cleary cleaveland cleaver cleaves cleckler cleckley cleek clegg cleghorn cleland clelia
clelland clem clemans clemencia clemens clement clemente clementi clementina clementine clements clemmer
clemmie clemmons clemons clendenen clendenin clendening cleo cleopatra cleora cleotilde clerk clermont cleta
cletus cleveland clevenger clever clevinger clewell clewis cliburn click cliett cliff clifford clift clifton
climaco climer clinard clinch cline clines clingan clingenpeel clinger clingerman clingman clink clinkenbeard
clinkscale clinkscales clint clinton clippinger clites clock clodfelter cloer clonch cloninger clonts clontz
cloonan clopton clora clore clorinda close closs closson clothier clotilde cloud clough clouse clouser
cloutier clover clow cloward clower clowers clowes clowney cloyd clubb cluck cluff clugston clukey clum clune
clute clutter clutts cly clyburn clyde clymer clyne co coach coachman coad coady coakley coale coalson coan
coate coates coatney coats coaxum cobb cobbins cobble cobbs coberly cobian coble coblentz cobler cobo cobos
coburn coby coca coccia cocco cochenour cochran cochrane cockburn cocke cockerham cockerill cockfield cockman
cockrell cockrill cockroft cockrum cocks coco coday codd coddington code coder coderre codi codner cody coe
coelho coello coen coenen cofer coffee coffel coffelt coffer coffey coffield coffin coffman cofield cogan
cogar cogburn cogdell cogdill coger coggeshall coggin coggins coghill coghlan cogley cogswell cohan cohee
cohen cohn cohoon cohrs coil coile coin coiner coit coke coker cokley cola colangelo colantonio colarusso
colas colavito colberg colbert colborn colburn colby colchado colclasure colclough coldiron coldren coldwell
cole coleen colegrove colella colello coleman colen colene coles coletta colette coletti coley colgan colgrove
colin colina colindres coll collado collantes collar collard collazo collazos colledge colleen collen collene
coller colleran collerson collet collett collette colletti colley collie collier colligan collin colling
collings collingwood collins collinson collinsworth collis collison collman collom collopy collum collums
collura collyer collymore colm colman colmenares colmenero colocho coloma colomb colombo colon colonna
colorado colosimo colpitts colquhoun colquitt colson colston colt colter coltharp colton coltrain coltrane
colucci coluccio columbia columbus colunga colvard colville colvin colwell colyer comacho coman comas combe
combes combest combs comeau comeaux comegys comella comer comerford comes comfort comiskey comito comley
commander commisso commodore common commons como comp compean compere compton comrie comstock comtois conant
conard conatser conaty conaway conboy concannon conceicao concepcion conception concetta concha conchas
conchita conde conder condie condit condo condon condra condrey condron cone conejo conely conerly coney
confer conforti cong congdon conger congleton conigliaro coniglio conine conkey conkle conklin conkling conlan
conlee conley conlin conlon conn connally connaughton connell connelley connelly connely conner conners
connery connett connick connie conniff connolly connor connors conover conquest conrad conrady conrow conroy
conry considine consiglio constable constance constancio constant constante constantin constantine constantino
constanza consuegra consuela consuelo conte conteh contessa conti contino contois contrera contreras converse
convery conway conwell conyer conyers coody coogan cook cooke cooks cooksey cookson cool coolbaugh cooley
coolidge coombe coombes coombs coomer coomes coon coonce cooney coonrod coons coontz coop cooper cooperman
coopersmith cooter coots coover copado copas cope copeland copelin copen copenhaver copes copher coplan
copland coplen copley coplin copp coppa coppage coppedge coppens copper coppersmith coppin coppinger copple
coppock coppola copsey copus cora corado coral coralee coralie coram corazon corbeil corbell corbett corbin
corbit corbitt corbo corby corchado corcino corcoran cord cordaro cordeiro cordelia cordell corder cordero
cordes cordia cordie cordier cordle cordner cordoba cordon cordova cordray cordrey cordy core corea coreas
coreen corella corene coretta corey cori coria corie coriell corina corine corinna corinne cork corker corkern
corkery corkill corkins corkran corl corle corless corlett corlew corley corliss cormack corman cormier corn
cornejo cornelia cornelio cornelious cornelison cornelius cornell corner cornett cornette cornick corniel
corning cornish cornman corns cornwall cornwell corona coronado coronel corp corpening corporan corprew corpus
corpuz corr corrado corral corrales corrao correa corredor correia correll corrente correnti corrie corrigan
corrin corrina corrine corrinne corriveau corro corry corsaro corsetti corsi corsini corso corson cort
cortazar corte corter cortes cortese cortez cortina cortinas cortney cortright corum corvera corvin corvino
corwin cory coryell corzine corzo cosby coscia cosentino cosenza cosey cosgrove cosio cosman cosme cosner
cosper coss cossette cossey cossio cost costa costabile costales costantini costantino costanza costanzo
costas coste costello coster costigan costilla costillo costin costley costlow costner coston cota cote cotham
cothern cothran cothren cothron cotman cotner coto cott cotta cottam cotten cotter cotterell cotterman
cottingham cottle cottman cotto cottom cotton cottone cottrell cottrill coty couch couchman couey coufal
coughenour coughlan coughlin couillard coulibaly coulombe coulon coulson coulston coultas coulter counce
council counter counterman countryman counts coupe cournoyer coursey courson court courtemanche courter
courtney courtois courtright courts courtwright courville coury cousar couser cousin cousineau cousino cousins
coutee coutinho couto couts coutts coutu couture couturier couvillion covarrubias covel covell covelli covello
coveney coventry cover coverdale covert covey coviello coville covin covington covino cowan cowans coward
cowart cowden cowdrey cowell cowen cowger cowgill cowherd cowie cowin cowles cowley cowling cowman cowser
cowsert cox coxe coxon coxwell coy coyer coykendall coyle coyne coyner cozad cozart cozine cozza cozzens cozzi
cozzolino crabb crabbe crabill crable crabtree cracchiolo crace cracraft craddock crader crady craft crafton
crafts crager cragg crago cragun craig craighead crail crain craine crall cram cramer crampton crandall
crandell crane craner craney cranfield cranfill cranford crank cranmer cranor cranston crapo crapps crary
crase crass crater cratty craun craven cravens craver cravey craw crawford crawley crawshaw cray craycraft
crayne crayton crea creager creagh creamer crean crear creary creasey creasman creason creasy crecelius
credeur credit credle cree creech creecy creed creedon creegan creek creekmore creel creer cregan creger
cregger crego creighton cremeans cremer crenshaw creola crepeau crescenzo crespin crespo cress cressey
cressman cresswell creswell cretella creveling creviston crew crews criado cribb cribbs crichlow crichton
crick criddle crider crigger crigler crilly crim crimi crimmins criner criollo cripe crippen cripps cris
crisafulli crisanto crisci criscione crisco criscuolo criselda crisler crislip crisman crisostomo crisp
crispin crispino criss crissman crissy crist crista cristal cristen cristi cristian cristiano cristie cristin
cristina cristine cristino cristobal cristopher cristy criswell critchfield critchley critchlow critelli
crites crittenden crittendon critzer crivello crocco croce crochet crock crocker crockett croff crofford
crofoot croft crofton crofts croghan croke croker croley croll cromartie crombie cromer cromley crompton
cromwell cron cronan crone croney cronin cronk cronkhite crook crooke crooker crooks crookston croom crooms
cropp cropper crosbie crosby crose crosier croskey crosland crosley cross crossan crossen crosser crossett
crossland crossley crosslin crossman crossno crosson crosswhite croston croswell croteau crothers crotts
crotty crouch croucher crouse crout crouthamel crow crowder crowe crowell crowl crowley crown crownover
crowson crowther croxton croy croyle crozier cruce cruces crudup cruickshank cruikshank cruise crull crum
crumb crumble crumbley crumby crume crumley crump crumpler crumpton crumrine crunk crupi cruse crutcher
crutchfield crute cruz cruzado cruzan cruze cruzgarcia cruzhernandez cruzlopez cruzmartinez cruzperez cryan
cryer crysta crystal crystle cu cua cuadra cuadrado cuadros cuaresma cuartas cuautle cuba cubas cubbage cubero
cubias cubillos cuc cucchiara cucci cuccia cucinotta cuda cudd cuddy cude cudney cudworth cue cuebas cuellar
cuello cuen cuenca cuervo cuesta cuestas cueto cueva cuevas cuff cuffee cuffie cugini cui culberson culbert
culbertson culbreath culbreth culhane culkin cull cullen cullens culler cullers culley culligan cullinan
cullinane cullins cullison cullom cullum cully culotta culp culpepper culton culver culverhouse culwell cumbee
cumberbatch cumberland cumberledge cumbie cumbo cumby cumings cumming cummings cummins cummiskey cumpston
cunanan cundiff cuneo cung cunha cunliffe cunniff cunning cunningham cuomo cuozzo cupit cupo cupp cupples
cupps cura curatolo curbelo curbow curci curcio curd cure curet cureton curfman curiel curl curlee curless
curley curlin curnow curnutt curnutte curran curren currence current curreri currey currie currier currin
curro curry curt curtice curtin curtis curtiss curtner curto curts curtsinger cusack cusano cush cushing
cushman cusic cusick cusimano cusson custard custer custis custodio cusumano cutcher cuthbert cuthbertson
cuthrell cutler cutlip cutrer cutright cutrone cutshall cutshaw cutsinger cutter cutting cutts cuyler cwik
cybulski cygan cyndi cyndy cynthia cypert cypher cyphers cypress cyprian cyr cyril cyrstal cyrus cythia czaja
czajka czajkowski czapla czaplicki czarnecki czarnik czech czerniak czerwinski czyz czyzewski césar côte da
dabbs dabney dabrowski dacanay dace dacey dacia dack dacosta dacruz dacunha dacus dada daddario daddio dade
dado dady daffin daffron dafoe dagen dagenais dagenhart daggett daggs dagley dagmar dagny dagostino dague
dahal dahan daher dahir dahl dahlberg dahle dahlen dahlgren dahlia dahlin dahlke dahlman dahlquist dahlstrom
dahm dahmen dahmer dahms dahn dai daigle daignault daigneault dail dailey daily dain daina daine daines dains
dais daise daisey daisy daitche dake dakin dakota dalal dalbec dalbey dalby dale dalen dalene daleo dales
dalesandro dalessandro dalessio daley dalfonso dalia dalila dalke dall dallaire dallas dalley dallman dallmann
dally dalman dalrymple dalton daluz daly dalzell dam daman damaris damas damaso damato dambra dambrosia
dambrosio dame damelio dameron dames damewood damian damiani damiano damico damien damion damm damman dammann
damon damore damour dampier damron dan dana danae danaher danahy dance dancer dancy dandrea dandridge
dandurand dandy dane danek danelle danette danford danforth dang dangelo dangerfield dangler danh dani dania
danial danica daniel daniela daniele daniell daniella danielle daniello daniels danielsen danielson daniil
danika danille danilo danis danish danita daniël dankert danko danks danley dann danna dannenberg danner
dannette dannie dannielle dannunzio danny dano danos danowski dansby dansereau dansie dant dante dantes dantin
dantoni dantonio dantzler danuta danyel danyell danyelle danz danziger danzy dao daoud daoust daphine daphne
daponte daquila dar dara darbonne darby darcangelo darcel darcey darci darcie darcy dardar darden dare darell
daren dargan daria darin dario darius darji dark darko darla darland darleen darlena darlene darley darline
darling darlington darnall darnell darocha daron darosa darr darragh darrah darrel darrell darren darrick
darrigo darrin darrington darron darrough darrow darryl darsey darst dart darter dartez darty darville darwin
darwish daryl darío das dasari dasgupta dash dasher dashiell dashnaw dashner dasilva dass datta dattilo dau
daub daubenspeck dauber daubert dauenhauer dauer daughenbaugh daugherty daughtery daughtrey daughtry daul
daulton daum dauphin dauphinais dauria daus dauzat davalos davanzo dave davenport davern daves davey davi
david davida davidian davidoff davidov davids davidson davie davies davignon davila davilla davin davina
davino davis davison davisson davitt davtyan davy davydov daw dawdy dawe dawes dawkins dawley dawn dawna dawne
dawood daws dawsey dawson day dayal dayan daye dayhoff dayle dayley dayna dayrit days daysi dayton daza de
deacon deadra deady deak deakin deakins deal dealba dealmeida dean deana deanda deandra deandrade deandre
deandrea deane deaner deangelis deangelo deann deanna deanne deans dear dearborn dearden deardorff dearing
dearman dearmas dearmon dearmond dearth deary deas dease deason deasy deatherage deatley deaton deats deaver
deavers deavila deb debarros debartolo debbi debbie debbra debby debell debellis debenedictis debera deberry
debi debiase deblasio deblois debnam debo deboard deboe deboer debolt debonis debora deborah debord deborde
debose debow debra debrah debroah debrosse debruin debruyn debus debusk dec decamp decarlo decaro decarolis
decarvalho decasas decastro decatur decena decesare dechant decicco deck deckard decker deckert declan declue
decola decook decosta decoste decoster decoteau decoursey decrescenzo decuir dede dedeaux dedic dedios dedman
dedmon dedra dedrick dee deeann deeanna deeb deedee deedra deeds deegan deel deem deemer deems deen deena deer
deere deering deery dees deese deeter deets deetta deetz defalco defazio defelice defeo deffenbaugh defibaugh
defilippis defilippo defino defoe defoor deford defore deforest deforge defrance defrancesco defrancisco
defranco defrank defreese defreitas defries defusco degaetano degan degante degarmo degen degenhardt degennaro
degeorge degler degnan degner degollado degraaf degracia degraff degraffenreid degrave degraw degrazia degree
degregorio degroat degroff degroot deguzman dehaan dehaas deharo dehart dehaven deherrera dehn dehne dehner
dehoff dehoyos deibel deibert deibler deidra deidre deignan deihl deines deininger deirdre deis deiss deitch
deiter deitrich deitrick deitsch deitz deja dejager dejarnett dejarnette dejean dejesus dejohn dejong dejonge
dekeyser dekker dekle del dela delacerda delacruz delafuente delagarza delagrange delaguila delahanty
delahoussaye delahoya delahoz delahunt delaine delaluz delamater delamora delana delancey delancy deland
delaney delange delangel delano delany delao delap delapaz delapena delapp delara delariva delarosa delatorre
delatte delauder delaughter delaune delaurentis delavega delawder delay delbert delbosque delbridge delcambre
delcampo delcarmen delcastillo delcid delcie delee deleeuw delehanty delena deleo deleon delfin delfina
delfino delgadillo delgado delgiudice delgreco delgrosso delia delic delicia delila delilah delima delinda
deline delira delisa delise delisi delisle delk delker dell della dellaquila dellavalle dellavecchia deller
dellinger delma delman delmar delmastro delmer delmonico delmonte delmoral delmore delmundo delmy delo deloach
deloatch deloera delois deloise deloney delong delora deloras delorenzo delores delorey deloris delorme
delorse delosangeles delosreyes delosrios delossantos delozier delp delph delpha delphia delphine delpilar
delpino delpozo delprete delreal delrio delrosario delsie delsignore delsol delta deltoro deluca delucca
delucia delude deluna delva delvalle delvecchio delvillar delzer demaio demar demarais demarco demarcus
demaree demarest demaria demario demaris demars demartini demartino demary demas demasi dematteis dematteo
demauro demay demayo dembinski dembowski demby demchak demel demello demelo dement demeo demeritt demers
demery demesa demeter demetra demetria demetrice demetrius demeyer demichele demille deming demirjian demko
demma demmer demming demo demonte demore demos demoss demott demps dempsey dempster demski demuro demuth dena
denae denard denardo denaro denault denbow denby dendy deneen denese deng dengler denham denice denicola denio
denis denise denisha denison denisse denita deniz denk denker denley denlinger denman denmark denmon denn
denna dennard dennehy dennen denner dennett denney dennie denning dennis dennise dennison denniston denno
denny deno denoyer denslow densmore denson dent dente denton dentremont denver denys denyse denzer deo
deocampo deol deoliveira deon deonna depalma depalo depaola depaoli depaolo depasquale depaul depaula depauw
depaz depena depew depietro depina depinto depoy depp deppe deppen deprey depriest deptula depue deputy depuy
der deramo deramus deras derby derbyshire derderian derek deremer derick derickson deridder deriso derks
derksen dermody deroche derocher deroo derosa derose derosia derosier derossett derouen derouin derousse derr
derrick derrickson derrico derringer derry derryberry derstine deruiter derusha deruyter dery desa desai
desalvo desanctis desanti desantiago desantis desanto desantos desautels desch deschaine deschamps deschene
deschenes descoteaux desena deshaies deshane deshawn deshazer deshazo deshields deshmukh deshong deshotel
deshpande desiderio desilets desilva desimone desir desirae desire desiree desisto desjardin desjardins
desjarlais deskin deskins deslauriers desmarais desmet desmond desormeaux desoto desousa desouza despain
despina desposito despres desrochers desroches desrosier desrosiers desselle dessert dessie desta destefano
destin destine destiny detamore detar deterding determan deters detmer detra detrick dettling dettloff dettman
dettmann dettmer detty detweiler detwiler deuel deutsch deutscher devall devan devane devaney devaughn devaul
devault devaux deveau deveaux deveney dever devera devereaux devereux devers devi devilbiss deville devillier
devin devincentis devine devinney devins devita devito devitt devivo devlin devoe devol devoll devon devona
devor devora devorah devore devos devoy devries dew dewald dewall dewalt dewan dewar dewayne dewberry dewees
deweese dewey dewhirst dewhurst dewilde dewing dewit dewitt dewitte dewolf dewolfe dews dexter dey deyo deyoe
deyoung deyton dezarn dhakal dhaliwal dhami dhanani dhar dhawan dhillon dhingra dia diab diakite dial diallo
dials diamond dian diana diane diann dianna dianne dias diaz diazdeleon diazgarcia diazlopez dib dibartolo
dibartolomeo dibattista dibble dibella dibello dibenedetto dibernardo dibert dibiase diblasi dibona dicamillo
dicaprio dicarlo dice dicesare dichiara dicicco dick dickason dicke dicken dickens dickenson dicker dickerman
dickerson dickert dickey dickie dickinson dickison dickman dickmann dicks dickson dickstein dicostanzo dicus
didier didio didion didomenico didonato didonna diebel diebold dieckman dieckmann diede diederich diedra
diedre diedrich diefenbach diefenderfer dieffenbach diegel diego dieguez diehl diehm diekmann diel diem diemer
diener diep dier diercks dierdre dieringer dierker dierkes dierking dierks diers dies dieter dieterich
dieterle dietrich dietrick dietsch dietz dietzel dieu dieudonne dieujuste diez difabio diffenderfer difilippo
difiore difrancesco difranco digangi digby digennaro diggins diggs digiacomo digioia digiorgio digiovanni
digirolamo digiulio digman digna dignan digrazia digregorio diiorio dike dikeman dilbeck dilday dildine dildy
dileo dilger diliberto dilks dill dillard dille dillehay dillenbeck diller dilley dilling dillinger dillingham
dillion dillman dillon dillow dills dilly dilone dilorenzo diloreto dilts diltz dilullo dilworth dima dimaggio
dimaio dimalanta dimarco dimaria dimartino dimarzio dimas dimascio dimatteo dimattia dimauro dimeglio dimeo
dimichele dimick dimino dimitri dimitrov dimmick dimmitt dimock dimon dimond dimple din dina dinah dinan
dinapoli dinardo dinatale dine dineen dines ding dinger dinges dingess dingle dingler dingman dingus dinh dini
dinicola dinkel dinkins dinneen dino dinorah dinsdale dinsmore dinunzio dinwiddie diogo dion dione dionicio
dionisio dionna dionne diop diorio diosdado diouf dipalma dipaola dipaolo dipasquale dipiazza dipietro dippel
dippold dippolito diprima dircks direnzo dirienzo dirk dirkjan dirks dirksen dirocco dirusso disalvo disanto
disbrow disch dishaw disher dishman dishner dishon diskin disla dismuke dismukes disney dispenza distasio
distefano distel distler ditch ditmore ditommaso ditter dittman dittmar dittmer ditto dittrich ditty ditullio
ditzler dively diven diver divers divina divincenzo divine divirgilio divis divito dix dixie dixit dixon
dixson dizdarevic dizon dmitrii dmytriievska do doaa doak doan doane dobbin dobbins dobbs dobie doble dobler
dobos dobrowolski dobrzynski dobson doby dobyns docherty dock dockendorf dockery dockins dockstader dockter
doctor dodd dodds dodge dodgen dodie dodrill dodson doe doebler doege doerfler doering doerner doerr doescher
dogan doggett doheny doherty dohm dohn dohrmann doi doig doiron doke dokken dolan dolby dolce dold dole dolen
doles dolezal dolin doll dollar dollard dollarhide dolley dollie dollinger dollins dollison dolloff dolly
dolma dolman dolores doloris dolph dolphin dolson domagala doman domangue domanski dombroski dombrowski
domenech domenic domenica domenico domer domin domina dominga domingo domingos domingue domingues dominguez
dominic dominica dominick dominique domino dominque dominquez dominy domitila domke domonique don dona donadio
donaghy donahoe donahoo donahue donald donaldson donalson donat donatelli donath donathan donati donato
dondero done donegan donelan donella donelson doner dones donetta donette doney dong donham donis donita
donjuan donkor donlan donley donlin donlon donn donna donnan donnell donnellan donnelly donner donnetta
donnette donnie donny donofrio donoghue donoho donohoe donohoo donohue donoso donovan donte donya donze doody
doolan dooley doolin dooling doolittle doom doonan doornbos dopp dopson dor dora dorado dorame doran dorantes
dorathy dorazio dorcas dore doreatha doreen doremus dorene doretha dorethea doretta dorey dorf dorfman dorgan
dori doria dorian dorie dorinda dorine doris dority dorla dorman dormer dorn dornan dornbusch dorner dorney
doroteo dorotha dorothea dorothy dorough dorow dorr dorrance dorrell dorris dorrough dorsainvil dorsch dorsett
dorsey dort dorta dortch dortha dorthea dorthey dorthy dorton dorval dorvil dory dosanjh dosch doscher dose
doshi doshier dosreis doss dossantos dossett dossey dostal doster dostie dot doten dotson dotter dotterer
dottie dotts dotty doty doub doubek double doubleday doucet doucette doud doug dougan dougher dougherty
doughty douglas douglass douma douse douthit douthitt douville dove dovel dover doverspike dovie dow dowd
dowdell dowden dowding dowdle dowdy dowe dowell dower dowers dowlen dowler dowling down downard downen downer
downes downey downie downing downs dowty doxey doyal doyel doyen doyle doyon dozal dozier drabek drabik
draeger dragan drager drago dragon dragone dragoo draheim drain draine drake drakeford drakes drane draney
drapeau draper draughn draughon draves drawdy dray drayer drayton dreama drechsler drees dreesen dreger dreher
dreibelbis dreier dreiling dreisbach drema drennan drennen drennon drenth drescher dress dressel dressen
dresser dressler drew drewery drewes drewry drews drexel drexler drey dreyer dreyfus driel dries driessen
driggers driggs drinkard drinkwater drinkwine drinnon driscoll driskell driskill driver droege drohan drolet
drone drost droste drouillard drouin drown droz drozd drozdowski drucilla druckenmiller drucker drum
drumheller drumm drummer drummond drury drusilla drutu dry dryden drye dryer drysdale drzewiecki dsouza du dua
duan duane duarte duba dubay dubberly dubbs dube dubey dubiel dubin dubinsky dublin dubois duboise dubon
dubord dubose dubray dubreuil dubs dubuc dubuisson dubuque duby duca ducasse ducat ducey duch ducharme duchene
duchesne duck ducker duckett ducksworth duckworth duclos ducote ducre duda dudas dudash dudding duddy dudeck
dudek dudgeon dudley dudzik dudzinski due duell duenas duenes duenez duensing duer duerksen duerr dues duet
duey dufault dufek duff duffee duffer duffey duffie duffield duffin duffus duffy dufort dufour dufrene
dufresne dugan dugar dugas dugdale duggan duggar dugger duggins duguay duhaime duhamel duhart duhe duhon duke
dukes dula dulac dulaney dulay dulce dulcie duley dulin duling dull dumais duman dumas dumke dumlao dumler
dumm dummer dumond dumont dunagan dunavant dunaway dunbar duncan duncanson dundas dundon dunfee dunford dung
dungan dungey dunham dunigan dunivan dunk dunkel dunkelberger dunker dunkin dunkle dunkley dunklin dunlap
dunlavey dunlavy dunleavy dunlevy dunlop dunmire dunmore dunn dunnam dunnavant dunne dunnigan dunning
dunnington dunphy dunsmore dunson dunstan dunston dunsworth dunton dunwoody duong dupee duplantis duplechain
duplechin dupler duplessis dupont dupras dupre dupree duprey dupuis dupuy duque duquette duran durand durant
durante durazo durbin durden duren durfee durfey durgan durgin durham durkee durkin durling durmus durnell
durning durocher duron durr durrah durrance durrant durrell durrett durso durst duru duryea dusek dusenberry
dushane dussault dusseau dust dusti dustin dusty dutan dutch dutcher dutka dutkiewicz dutko dutra dutson dutt
dutta dutton duty duva duval duvall duxbury duzan dvorak dwain dwana dwayne dweck dwiggins dwight dwinell
dwire dworak dworkin dwyer dy dyal dyan dyar dyas dyche dyches dyck dycus dye dyer dyess dygert dyke dykema
dykeman dykes dykman dykstra dyla dylan dymond dynes dysart dyson dziak dziedzic díaz eaddy eades eadie eads
eady eagan eagen eager eagle eagles eagleson eagleton eaglin eaker eakes eakin eakins eakle ealey ealy eames
eanes eardley eargle earhart earl earle earlean earleen earlene earles earley earlie earline earls early
earlywine earnest earnestine earnhardt earnhart earnshaw earp eartha earwood eash easler easley eason east
eastburn eastep easter easterday easterling easterly easterwood eastham eastin eastland eastman easton
eastridge eastwood eatman eatmon eaton eaves ebanks ebarb ebaugh ebben ebbert ebbs ebel ebeling eber eberhard
eberhardt eberhart eberle eberlein eberly ebersole ebert eberts eberwein ebinger eble eblen ebling ebner eboni
ebonie ebony ebrahim ebrahimi ebright ebron eby eccles eccleston echard echavarria echevarria echeverri
echeverria echeverry echo echols eck eckard eckardt eckart eckberg eckel eckels eckenrod eckenrode ecker
eckerle eckerman eckerson eckert eckes eckhardt eckhart eckhoff eckler eckles eckley ecklund eckman eckmann
eckroth eckstein eckstrom economou ector ed eda edberg edda eddie eddinger eddings eddington eddins eddleman
edds eddy ede edel edelen edelman edelmira edelson edelstein eden edenfield edens eder edgar edgardo edge
edgecomb edgell edgemon edgerly edgerton edgett edgeworth edgin edgington edgmon edick edie ediger edinger
edington edison edith edler edlin edlund edman edmisten edmiston edmond edmonds edmondson edmonson edmonston
edmund edmundo edmunds edmundson edna edney edouard edra edrington edris edsall edson edstrom eduardo edunov
edward edwardo edwards edwardson edwin edwina edyth edythe eells efaw effie effinger effler efird efrain efren
egan egbert ege egeland eger egerton egge eggen egger eggers eggert eggleston eggleton egli egloff egner egnor
egolf eguia ehle ehlen ehler ehlers ehlert ehlinger ehman ehmann ehmke ehrenberg ehresman ehret ehrhardt
ehrhart ehrich ehrlich ehrman ehrmann ehtel eich eichelberger eichenberger eichenlaub eicher eichholz eichhorn
eichinger eichler eichman eichmann eichner eichorn eick eickhoff eid eide eiden eidson eifert eikenberry
eiland eileen eilene eiler eilerman eilers einhorn einstein eischen eisel eisele eiseman eisen eisenbarth
eisenberg eisenberger eisenbraun eisenhardt eisenhart eisenhauer eisenhour eisenhower eisenman eisenmann
eisenstein eisert eisler eisman eisner eitel ek ekberg ekdahl eke eklund ekman ekstrand ekstrom el ela eladia
elahi elaina elaine elam elamin elana elane elanor elayne elba elbert elcock elda eldar elden elder elderkin
elders eldon eldora eldred eldredge eldreth eldridge eleanor eleanora eleanore elease eleazer eleby elena
elenbaas elene elenes eleni elenor elenora elenore eleonor eleonora eleonore eley elfreda elfrieda elfriede
elgin eli elia eliana elias eliason elicia elida elidia elie eligio elijah elin elina elinor elinore eliot
elisa elisabeth elise eliseo elisha elison elissa eliud eliz eliza elizabet elizabeth elizalde elizarraras
elizarraraz elizbeth elizebeth elizondo elke elkhatib elkin elkins elko elks ell ella ellamae ellan ellard
elledge ellefson ellen ellena ellenbecker ellenberger ellenburg ellender ellenwood eller ellerbe ellerbee
ellerbrock ellerman ellery ellett elli ellie elling ellinger ellingson ellingsworth ellington ellingwood
elliot elliott ellis ellison ellisor elliston ellman ells ellsworth ellul ellwanger ellwood elly ellyn ellzey
elm elma elman elmendorf elmer elmi elmira elmo elmore elmquist elms elna elnora elodia elois eloisa eloise
elouise eloy elpers elrod elroy elsa elsasser elsayed elsberry else elsea elsen elser elsey elsie elsner elson
elston elswick elsy elton elva elvera elvia elvie elvin elvina elvir elvira elvis elwanda elwell elwood ely
elyse elza elzey elzinga elzy em ema emanuel emanuele emberton embree embrey embry emch emelda emelia emelina
emeline emely emerald emerick emerita emerson emert emery emeršič emfinger emge emig emigh emiko emil emile
emilee emilia emilie emilio emily emma emmaline emmanuel emmel emmer emmerich emmerling emmerson emmert emmett
emmie emmitt emmons emmy emogene emond emory empey empson emrich emrick emry ena enamorado encalada
encarnacion encinas encinias enciso enck enda ender enderle enders endicott endo endres endress endsley
enedina eneida enfield enfinger eng engberg engdahl enge engebretson engel engelbert engelbrecht engelhard
engelhardt engelhart engelke engelking engelman engelmann engels engen enger engert engh england englander
engle englebert englehardt englehart engleman engler englert engles english englund engman engram engstrom
enid enis enke enloe enlow ennis enns eno enoch enochs enola enos enright enrique enriques enriqueta enriquez
ensey ensign ensley ensminger ensor ensz enterline entrekin entwistle entz enyart enyeart enz eoff ephraim
epifania epler epley epling epp eppard epperly epperson eppes eppinger epple eppler eppley epps epstein epting
equihua era erasmo erazo erb erbe erby erdahl erdman erdmann erhard erhardt erhart eric erica erich erick
ericka ericksen erickson ericson erie erik erika eriksen erikson eriksson erin erinn erisman erives erlandson
erlene erler erlich erlinda erline erma erman ermelinda erminia erna ernandez ernest ernestina ernestine
ernesto ernie ernsberger ernst erpelding errickson errico errington errol erskine ertel ertl ertle ervin
erving erway erwin eryn esau escajeda escalante escalera escalona escamilla escandon escano escarcega escareno
escatel esch eschbach escher esco escobar escobedo escorcia escoto escott escudero escue escutia esguerra esh
eshelman eshleman esin esker eskew eskridge eslava esler eslick eslinger esmeralda esmond espada espaillat
espana esparza españa espe espejo esper esperanza espericueta espey espin espina espinal espindola espino
espinola espinosa espinoza espiritu espitia esplin esposito espy esqueda esquer esquibel esquilin esquivel
esquivias essa essary esser essex essick essie essig esslinger essman esta estabrook estacio esteban estefana
estela estell estella estelle estep estepp ester esterline esterly esters estes esteves estevez estey esther
estill estime estrada estrella estremera estridge estudillo estupinan etchison etha ethan ethel ethelene
ethelyn etheredge etheridge etherington etherton ethier ethington ethridge ethyl etienne etling etsitty etsuko
etta etter etters ettie ettinger etzel etzler eubank eubanks euceda eudy eufemia eugena eugene eugenia eugenie
eugenio eula eulah eulalia euler eun euna eunice eura eure eurich eury eusebia eusebio eustace eustice
eustolia eutsey eutsler eva evalyn evan evancho evangelina evangeline evangelista evanoff evans evanson
evaristo evarts evatt eve eveland evelia evelin evelina eveline evelyn evelyne evelynn even evens evensen
evenson everage everard everest everett everette everetts everhart everidge everingham everitt everly everman
evers eversole everson evert everton everts every eves evett evette evia evie evins evita evitts evola evon
evonne evora ewa ewald ewalt ewan ewart ewell ewen ewer ewers ewert ewing ewings ewoldt exantus exie exley
exline exner exposito exum eye eyer eyler eyman eynon eyre eyster eze ezekiel ezell ezequiel ezra ezzell ezzo
faas fabbri fabela faber fabian fabiano fabiola fabre fabrizio fabro fabry facer facey facio fackler fackrell
factor facundo fadden faddis fadel fader fae faerber fagan fagen fager fagg fagin fagundes faherty fahey fahim
fahmy fahnestock fahringer fahy faiella fail faile failing failla failor fails fain fair fairbairn fairbank
fairbanks fairbrother fairburn fairchild faircloth fairclough faires fairfax fairfield fairhurst fairless
fairley fairman fairweather fairy faisal faison faith fajardo fake fakhoury falbo falck falco falcon falcone
falconer fales falgout falk falke falkenberg falkenstein falkner falkowski fall falla fallen faller fallin
fallis fallon falls falter falvey falvo falzarano falzone fama fambro fambrough famiglietti familia famularo
fan fancher fandel fane fanelli fang fangman fangming fanguy faniel fankhauser fann fannie fannin fanning
fannon fanny fansler fant fantasia fantauzzi fantozzi fantroy farabaugh farabee farace faraci farag farah
faraj faraone farber fares farfan fargo farhat faria farias farid faries farina farinas farinella farino faris
farish fariss farkas farland farless farley farlow farmer farnam farnan farnell farner farney farnham
farnsworth farnum farnworth faro farooq farooqi farooqui farquhar farquharson farr farra farrah farran farrand
farrar farrel farrell farrelly farren farrer farrier farrington farrior farris farrish farro farrow farrugia
farthing farver farwell fasano fasching fasnacht fason fass fassbender fassett fassler fast fasulo fata fate
fath fatima fatimah fauber faubion faucett faucette faucher faught faul faulcon faulconer faulds faulhaber
faulk faulkenberry faulkner faulks faunce fauntleroy fausett faust faustin faustina faustino fausto fauth
fauver faux fava favata favela favero favila faviola favor favorite favors favre favreau faw fawaz fawcett
fawley fawn fawver faxon fay fayad fayard faye fayette fayne faz fazekas fazenbaker fazio fazzino fazzio fe
feagans feagin feagins fear fearing fearn fearon fears feasel feaster feather feathers featherston
featherstone feazell febles febres febus fechner fecht fechter fecteau fedak fedder feddersen fedele feder
federer federici federico federman federspiel fedewa fedor fedrick fee feehan feeley feely feemster feeney
feenstra fees feeser fegan feger fegley feher fehl fehr fehrenbach fehrenbacher fehrman fei feick feig
feigenbaum feil fein feinberg feiner feingold feinman feinstein feist feit fekete felan felber felch feld
felder feldhaus feldkamp feldman feldmann feldner feldpausch feldstein feldt felecia felger felica felice
felicia feliciano felicidad felicita felicitas felipa felipe felisa felisha feliu felix feliz felker felkins
fell feller fellers fellman fellner fellows fells fels felt felten felter feltes feltman feltner felton felts
felty feltz fender fenderson fendley fenelon feng fenimore fenley fenn fennel fennell fennelly fenner fennessy
fennimore fenske fenster fenstermacher fenstermaker fenton fentress fenwick feola fera ferber ferch ferdinand
ferebee ference fergerson fergus ferguson fergusson feria ferko ferland ferman fermin fermina fern fernald
fernanda fernande fernandes fernandez fernando ferne fernández fero ferra ferran ferrand ferrando ferrante
ferranti ferrara ferrari ferraro ferre ferrebee ferree ferreira ferrel ferrell ferren ferrer ferrera ferreras
ferreri ferrero ferretti ferreyra ferri ferrick ferrie ferrier ferriera ferrigno ferrill ferrin ferris ferro
ferron ferrone ferrucci ferrufino ferry fertig fertitta fesler fesmire fesperman fessenden fessler festa
fetrow fett fetter fetterhoff fetterman fetterolf fetters fettig fetty fetzer feucht feuer feuerstein few
fewell fey fiala fiallo fiallos fibonacci ficarra ficek fichera fichter fichtner fick ficke fickel ficken
fickes fickett fickle ficklin fickling fidalgo fiddler fidel fidela fidelia fidler fiebig fiedler fiegel field
fielden fielder fielding fields fiene fiero fierro fierros fife fifer fifield fifita figaro figeroa figg
figgins figgs figley figueira figueiredo figueras figueredo figuereo figueroa figura figures fike fikes
filbert file filer files filiberto filion filip filipek filipiak filippelli filippi filippini filippone
filkins filler fillingim fillion fillman fillmore filmore filomena fils filsaime filson fimbres finamore finan
finau finazzo finch fincham fincher finchum finck findlay findley fine finegan finelli fineman finer fines
finfrock finger fink finkbeiner finke finkel finkelstein finken finkle finklea finks finlay finlayson finley
finn finnegan finnell finneran finnerty finney finnie finnigan fino finocchiaro finstad finucane fiona
fioravanti fiore fiorella fiorelli fiorello fiorentino fiorenza fiori fiorillo fiorini fiorino fiorito fipps
fiquitiva firas firebaugh firestone firkins firman firmin first firth fiscal fisch fischbach fischer fischetti
fischman fiscus fiser fish fishback fishbein fishburn fishel fisher fishman fisk fiske fister fitch fitchett
fite fithian fitterer fitting fitton fitts fitz fitzer fitzgerald fitzgibbon fitzgibbons fitzhenry fitzhugh
fitzmaurice fitzmorris fitzpatrick fitzsimmons fitzsimons fitzwater fiveash fix fizer flach flack flagg
flagler flaherty flahive flaig flaim flake flakes flamenco flaming flamm flanagan flanary flanders flanery
flanigan flannagan flannery flannigan flansburg flaten flatley flatt flattery flaugher flavia flavin flax
fleagle flecha fleck fleckenstein fleeger fleeman fleener fleenor fleet fleetwood flegel fleig fleischer
fleischman fleischmann fleisher fleishman fleitas fleites fleming flemings flemister flemming flemmings flener
flenniken flesch flesher fleshman fleta fletcher fletes flett fleury flewellen flewelling flick flicker
flickinger flinchbaugh flinchum fling flink flinn flint flippen flippin flippo flis flo flock flohr flom flood
flook flor flora florance florea florek florence florencia florencio florendo florene florentina florentino
flores floresgarcia floretta florey florez floria florian florida florin florinda florine florio floro florrie
flory flossie flournoy flowe flower flowers floy floyd fluck fludd fluegel fluellen fluharty fluitt fluke
fluker flurry flury fluty fly flynn flynt flythe fnu foard fobbs fobes focht fockler fodor foerster foertsch
fofana fogal fogarty fogel fogelman fogerty fogg fogle fogleman fogler foglesong foglia fogt foisy fok folan
foland folden folds foley folger folino folk folkers folkerts folkes folkman folks follansbee follett follis
follmer followell folmar folmer folse folsom folts foltz folz fomby fonda fondren fones fong fonner fonseca
font fontaine fontan fontana fontanez fontanilla fonte fontenette fontenot fontes fonville foo fooks foor foos
foose foote footman for't foraker foran forbes forbis forbus forbush force forcier ford forde fordham fordyce
fore foree forehand foreman forero foresman forest forester foret forget forgey forgione forgue forker forman
formanek formby formica formoso forney foronda forquer forrer forrest forrester forry fors forsberg forseth
forsgren forshee forshey forslund forsman forst forster forsyth forsythe fort forte fortenberry fortes forth
forti fortier fortin fortino fortman fortner fortney forton fortson fortuna fortunato fortune forward fosdick
foshee foskey foss fosse fossen fossett fossum foster foth fothergill fotheringham foti fouch fouche fought
foulds foulk foulke foulkes foulks fountain fountaine fournier fouse foushee foust fout foutch fouts foutz
fowers fowkes fowle fowler fowles fowlkes fox foxwell foxworth foxworthy foxx foy foye frable frady fraga
fragale fragoso fraher frahm fraijo frailey frain fraire fraiser fraizer fraker frakes fraley fralick fralin
frame frampton fran france francene frances francesca franceschi franceschini francesco franchesca franchi
francia francie francina francine francis francisca francisco franck franco francoeur francois francoise
francom frandsen franey frangos frank franke frankel franken frankenberg frankenfield frankie franklin
franklyn franko frankovich frankowski franks frankum franqui fransen fransisca franson frantz frantzen franz
franzen franzese françois frappier frary frasca frasco frase fraser frasher frasier frasure frates fraticelli
fratto frausto fravel frawley fray frayer frayre fraze frazee frazer frazier frear freas frech frechette fred
freda fredda freddie freddy fredenburg frederic frederica frederick fredericka fredericks fredericksen
frederickson frederiksen fredette fredia fredric fredrick fredricka fredricks fredrickson free freeberg
freeborn freeburg freed freeda freedman freel freeland freels freeman freeney freer frees freese freestone
freet freeze fregia fregoso frei freiberg freiberger freiburger freida freier freilich freimuth freire freitag
freitas fremont french frenette frenkel frenzel frerichs frese freshour freshwater fresquez frett fretwell
fretz freudenburg freund frew frey freyer freyre freytag friar frias friberg fricano frick fricke fricker
fricks frida friday friddle fridley fridman frie fried frieda friedberg friedel frieden friederich friedl
friedland friedlander friedline friedman friedmann friedrich friedrichs friedrichsen friel friend frier
frierson fries friese friesen friesenhahn friesner frieson friess frieze frigo frimpong frink frisbee frisbie
frisby frisch friscia frisco frisina frisk friske frison fritch frith fritsch fritsche fritts fritz fritze
fritzinger fritzler fritzsche frizzell frock frodo froehlich froelich froemming froese frohlich froman frometa
fromm fromme fronczak fronk frontera frosch frost frueh fruge fruit fruth frutos fry fryar fryberger frye
fryer fryman frymire frédéric fu fucci fuchs fudge fuehrer fuelling fuentes fuentez fuerst fuerte fuertes
fugate fugere fugett fugitt fuhr fuhrer fuhrman fuhrmann fuhs fujii fujimoto fujioka fujita fujiwara fukuda
fukumoto fukushima fulbright fulcher fulfer fulford fulgencio fulgham fulghum fulk fulkerson fulks full fullam
fullard fullbright fullen fullenkamp fuller fullerton fullilove fullington fullmer fullwood fulmer fulmore
fulop fulp fulton fults fultz fulwood fumiko funari funaro funches funchess funderburg funderburk fundora
funes funez fung funk funke funkhouser funston fuoco fuqua fuquay furbee furey furlan furlong furlough furlow
furman furnari furness furney furnish furniss furr furrer furrow furry furst furtado furtick furton furukawa
fury fusaro fusco fuselier fuson fuss fussell fuston futch futral futrell fye fyfe fyffe fyock félix gaal
gabaldon gabay gabbard gabbert gabehart gabel gaber gabino gable gabler gabor gaboury gabriel gabriela
gabriele gabriella gabrielle gabrielli gabrielson gacek gad gadberry gadbois gadd gaddam gaddie gaddis gaddy
gade gadea gadomski gadsby gadsden gadson gaede gaertner gaeta gaetano gaff gaffey gaffney gafford gage gagen
gager gagliano gagliardi gagliardo gaglio gaglione gagne gagner gagnier gagnon gago gahagan gahan gaier gail
gailey gaillard gain gainer gaines gainey gainous gains gaiser gaitan gaiter gaither gajda gajewski gal gala
galan galang galante galarneau galarza galas galasso galati galaviz galaz galban galbraith galbreath galdamez
gale galea galeana galeano galeas galen galeno galentine gales galey galgano galiano galicia galina galindez
galindo galioto galipeau galka gall galla gallacher gallagher gallaher galland gallant gallardo gallas
gallatin gallaway galle gallego gallegos gallen galler galles galletta galletti galley galli gallien galligan
galliher gallimore gallina gallion gallivan gallman gallo gallon gallop gallow galloway gallucci gallup
galluzzo galo galpin galt galusha galvan galvez galvin galvis galyean galyon gama gamache gamarra gamba
gambardella gamber gambill gambino gamble gamblin gamboa gambone gambrel gambrell gamel gamero games gamez
gamino gammage gammel gammill gammon gammons gamon gan ganaway ganci gandalf gandara gandarilla gandee gander
gandhi gandia gandolfo gandy ganesan ganesh ganey gang gange gangemi ganger gangi gangl gangloff ganley gann
gannaway gannon gano ganoe gans ganser ganske gant ganter gantner gantt gantz ganz gaona gapinski gappa
garabedian garant garate garay garbacz garbarino garbe garber garbett garbutt garceau garces garcia garciacruz
garciaflores garciagarcia garciagonzalez garciahernande garcialopez garciamartinez garciaperez garciaramirez
garciarodrigue garciasanchez garcilazo garcon garcía gard garde gardea gardella garden gardener gardenhire
gardin gardiner gardner garduno garey garfias garfield garfinkel garg gargano gargiulo gargus garibaldi
garibay garica gariepy garin garis garland garlick garling garlington garlitz garlock garlow garman garmon
garn garneau garner garnes garnet garnett garney garnica garnier garofalo garon garoutte garr garrard garraway
garren garret garretson garrett garrick garrido garriga garrigan garrigus garringer garriott garris garrison
garrity garro garrow garry garsia garside garske garson garst garten garth gartin gartland gartman gartner
garton gartrell garver garvey garvin garwood gary garza garzon gasaway gasca gascon gash gashi gasior gaskell
gaskey gaskill gaskin gaskins gaspar gaspard gasparyan gasper gasque gass gassaway gasser gassett gassman
gassner gast gastelum gastineau gaston gatchalian gatchell gately gates gatewood gathers gathings gathright
gatica gatlin gatling gatrell gatson gatta gatti gattis gatto gatton gattuso gatz gatzke gau gaucin gaudet
gaudette gaudin gaudio gaudreau gauer gauger gaughan gaugler gaul gaulden gauldin gaulin gaulke gault gaumer
gauna gaunt gauntt gaus gause gauss gaut gautam gauthier gauthreaux gautier gautreau gautreaux gauvin gaver
gavidia gavigan gavilanes gavin gavina gavino gaviria gaw gawel gawlik gawron gawronski gaxiola gay gayden
gaydos gaye gayer gayhart gayheart gayla gayle gaylene gayler gayles gaylor gaylord gayman gaymon gaynell
gaynelle gaynor gaytan gayton gazaway gazda gean gear gearhart gearheart gearin gearing gearldine geary
geathers gebauer gebert gebhard gebhardt gebhart gebo gebre geddes geddie geddings geddis gedeon gee geer
geerdes geers geesaman geesey geeslin geffrard geffre gehl gehling gehm gehman gehr gehret gehrig gehring
gehringer gehrke geib geibel geier geiger geil geis geise geisel geiser geisinger geisler geiss geissler geist
gelb gelber gelfand gelin gelinas geller gellert gellman gelman gema gemma gemmell gemmill gena genao genaro
gencarelli genco gendreau gendron gene general genereux genesis genest genet geneva genevie genevieve genevive
geng gengler genia genie genis genna gennaro gennie genny geno genova genovese genoveva gensler genson gent
genter gentile gentle gentles gentner gentry gentz gentzler genz geoffrey geoffroy geoghegan georgann george
georgeann georgeanna georgene georges georgeson georgetta georgette georgia georgiana georgiann georgianna
georgianne georgie georgiev georgina georgine georgiou gephart geppert gerace geraci geraghty gerald geraldine
geraldo geralds geralyn gerard gerardi gerardo gerber gerda gerdes gerding gere geremia geren gerena gergely
gergen gerges gerhard gerhardt gerhart geri gerig gering geringer gerke gerken gerlach gerling germain
germaine german germann germano germany germosen gerner gero geronimo gerow gerrard gerri gerring gerrish
gerrits gerritsen gerrity gerry gershman gershon gerson gerst gerstein gerstenberger gerstner gerth gertha
gertie gertrud gertrude gertrudis gertude gertz gervacio gervais gervasi gervasio gerwig gesell geske gess
gessler gessner gest getachew getchell geter gethers getman getter gettinger gettings getts getty gettys getz
geurts geyer ghanem ghani ghattas ghazarian ghazi ghee gheen ghent ghimire ghislaine ghobrial gholson gholston
ghosh ghuman gia giacalone giacobbe giacomini giaimo giambalvo giambrone giampietro giancarlo giancola giang
gianino gianna giannelli giannetti gianni giannini giannone giannotti giaquinto giardina giardino giarratano
giarrusso gibb gibbens gibbins gibble gibbon gibboney gibbons gibbs gibby giberson gibler giblin gibney gibson
giddens giddings gideon gidget gidley gidney giebel giedrius gier gierke gies giesbrecht giese gieseke giesen
giesler gietzen giffen giffin gifford gift gigante giger gigi giglio gigliotti gignac giguere gil gilani
gilbert gilberte gilberto gilbertson gilbreath gilbreth gilbride gilchrist gilcrease gilda gilday gildea
gilden gilder gildersleeve gildner gile giles gilfillan gilford gilham gilkerson gilkes gilkey gilkison gill
gillam gillan gilland gillard gillaspie gillaspy gille gilleland gillen gillentine gillenwater giller gilles
gillespie gillett gillette gilley gillham gilliam gillian gilliard gillie gillies gilligan gillihan gillikin
gilliland gillin gillingham gillins gillis gillison gillispie gillman gillmore gillock gillon gillooly gills
gillum gilma gilman gilmartin gilmer gilmore gilmour gilpatrick gilpin gilreath gilroy gilsdorf gilson
gilstrap giltner gilyard gimbel gimenez gin gina ginder gines ginette ginger gingerich gingras gingrich ginn
ginny gino ginsberg ginsburg ginter ginther ginyard gioia giordano giorgi giorgio giovanna giovanni gipe
gipson giraldo girard girardi girardin giraud girdler girgis giri girma girod giroir giron girouard giroux
girton girvin gisela gisele giselle gish gist gita githens gittens gittings gittins giudice giuffre giuffrida
giuliani giuliano giunta giuseppe giuseppina giusti giusto givan given givens giza gizzi glacken glackin glad
gladden gladding glade gladfelter gladis gladish gladney gladson gladstone gladwell glady gladys glaeser
glancy glander glanton glantz glanville glanz glanzer glas glasco glascock glascoe glaser glasgow glasper
glaspie glass glassburn glasscock glasser glassford glassman glasson glatfelter glatt glatz glaude glavin
glayds glaze glazebrook glazer glazier gleason gleaton gleave gleaves gledhill gleeson gleich gleim glen
glenda glendenning glendora glenn glenna glennie glennis glennon glessner gleyber glick glickman glidden
glidewell glinda glines glinski glisson glock glodowski glore gloria glorioso glory gloss glosser glosson
gloster glotfelty glover glowacki gloyd gluck glueck glunt glynda glynis glynn go goad goar gobble gobel goben
gober gobert gobin goble gochenour goda godard godbee godbey godbold godbolt godbout godby goddard godden
godek godette godfrey godin godina godines godinez godlewski godley godoy godsey godshall godwin goe goebel
goedde goede goeden goehring goeke goel goeller goelz goen goens goepfert goergen goering goerke goers goertz
goertzen goethe goetsch goettl goettsch goetz goetze goetzinger goff goffinet goforth gogel goggans goggin
goggins goguen goh goheen gohl gohlke gohn goin goines going goings goins gokey gola golan golas golay gold
golda goldade goldbach goldberg goldberger goldblatt golden goldenberg golder goldfarb goldie goldin golding
goldman goldner goldring goldsberry goldsborough goldsby goldschmidt goldsmith goldson goldstein goldston
goldstone goldsworthy goldwire goldy golec golembiewski goley golightly goll golla golladay goller golliday
golliher golob golovanova golphin golson golston goltz golub golz gomer gomes gomez gomezgarcia gomezlopez
gomillion goncalves gonce gonda gondek gonder gong gongora gonnella gonsales gonsalez gonsalves gonser gonyea
gonzaga gonzales gonzalez gonzalezgarcia gonzalezlopez gonzalezperez gonzalo gonzález goo gooch good goodale
goodall goodchild goode goodell gooden goodenough goodenow goodfellow goodfriend goodhart goodhue goodin
goodine gooding goodlett goodling goodloe goodlow goodman goodner goodnight goodnough goodnow goodpaster
goodpasture goodreau goodrich goodridge goodrow goodrum goods goodsell goodson goodspeed goodwill goodwin
goodwine goodwyn goody goodyear googe goold goolsby goon goosby goossen goossens gootee gopal gopalakrishnan
gopalan gopaul gora goral goralski goranson gorby gorczyca gordan gorden gorder gordillo gordon gordy gore
gorecki goree gorelick gorelik goren gorey gorges gorham gorin goris gorka gorley gorman gormley gorney gorny
gorospe gorostieta gorr gorrell gorski gorsline gorsuch gort gorton gosa gosch gose gosha goshorn goslee
goslin gosling gosnell gosney goss gossage gossard gosse gosselin gossen gosser gossett gossman goswami
goswick gotay gotch gotcher goth gotham gothard goto gotschall gott gottesman gottfried gottlieb gottschalk
gottshall goucher goudeau goudie goudreau goudy gouge gough gouin gouker goulart goulbourne gould goulding
goulet goulette gourdine gourlay gourley gouveia govan gove govea gover governale govoni gow gowan gowans
gowda gowdy gowen gowens gower gowin gowins goya goyal goyer goyette goytia goza grab grabau graber grabert
grabill grabinski grable grabow grabowski grace gracey gracia graciano gracie graciela graczyk grad graddy
grado grady graeber graef graeff graf graff graffeo graft grafton gragg graham grahl grahn graig grainger
grajales grajeda gram gramajo gramlich gramling gramm grammer grams gran grana granada granado granados granat
granata granato granberg granberry grand granda grandberry grande granderson grandinetti grandison grandstaff
grandy graner graney grange granger granier granillo granlund grannis grano granquist grant grantham grantz
granville granzow grapes gras graser grasmick grass grasser grassi grasso grasty grate graterol grattan
gratton gratz grau grauer graul gravatt grave gravel graveline gravelle gravely graven graver graves gravett
gravina gravitt gravley gravois gray graybeal graybill grayce graydon grayer grays grayson graziani graziano
grazyna greaney grear greathouse greaves greb grebe grecco grech greco greear greek greeley greely green
greenan greenawalt greenaway greenbaum greenberg greenberger greenblatt greene greener greenfeld greenfield
greenhalgh greenhaw greenhill greenhouse greenidge greening greenland greenlaw greenleaf greenlee greenly
greenman greeno greenough greenslade greenspan greenstein greenstreet greenup greenwald greenwalt greenway
greenwell greenwood greer greeson greg grega greger gregersen gregerson gregg greggs grego gregoire gregor
gregoria gregorich gregorio gregory gregson greif greig grein greiner grell grella gremillion grenfell grenier
greninger grennan grenon grenz gresh gresham gresko gress gressett greta gretchen gretta gretz greulich greve
grewal grewe grey gribben gribbin gribbins gribble grice gricelda grider gridley grieb griebel grieco griego
griep grier grierson gries griesbach griese griesemer grieser grieshaber griess griest grieve grieves griffen
griffeth griffey griffie griffin griffing griffis griffith griffiths griffitts griffo grigg griggs grignon
grigorian grigoryan grigsby grijalva grill grilli grillo grills grim grimaldi grimaldo grimes grimley grimm
grimmer grimmett grimshaw grimsley grinage grinberg grinder grindle grindstaff griner grinnell grinstead gripp
grippo grisales grisby grise grisel griselda grisham grissett grissom grist griswold gritton grizzard grizzell
grizzle groat grob grobe groce grochowski groen groeneveld groesbeck groff groft grogan grogg groh grohman
grohs groleau groll grondin groner gronewold groom groome groomes grooms groover gropp gros grosch grose
groseclose groshong grosjean gross grosse grosser grossi grosskopf grossman grossmann grossnickle grosso
grosvenor grosz grote groth grothe groulx grounds grout grove grover groves grow grubaugh grubb grubbs grube
gruber grudzinski gruen gruenwald gruhn grullon grund grunden grundman grundy gruner grunewald grunwald grupe
grupp gruss gruver gruwell gryder grzyb grzybowski grâce grübel gsell gu guadagno guadalupe guadamuz
guadarrama guadiana guajardo guallpa gualtieri guaman guan guandique guard guardado guardia guardino guardiola
guarin guarino guarneri guarnieri guastella guay gubler guccione gude gudgel gudger gudiel gudino gudmundson
gudrun gue guebara guedes guel guenther guenthner guercio guereca guerette guerin guernsey guerra guerrera
guerrero guerrette guerrier guerrieri guerriero guertin guess guest guevara guevarra gueye guffey gugel gugino
guglielmi guglielmo gugliotta guhl guice guida guider guidi guidice guido guidotti guidroz guidry guijarro
guijosa guilbault guilbeau guilbeaux guild guile guiles guilford guilfoyle guiliano guill guillaume
guillemette guillen guillermina guillermo guilliams guillory guillot guillotte guilmette guimaraes guimond
guin guinan guindon guiney guinn guinta guinto guinyard guion guirguis guise guisinger guitron guity guizar
gul gula gulati gulbranson gulden gulick gulino gull gulla gulledge gullett gullette gulley gullick gullickson
gullion gulliver gullo gully gulotta gum gumbs gumm gump gunawan gunder gunderman gundersen gunderson gundlach
gundogan gundrum gundy gunkel gunn gunnell gunnells gunnels gunner gunning gunnoe gunter gunther guo gupta
guptill gupton gura gurcke gurevich gurganus gurley gurney gurr gurrola gurski gursky gurule gurung gus guse
gusler gusman guss gussie gust gustafson gustave gustavo gustavson gustin gut guth guthery guthmiller
guthridge guthrie gutierres gutierrez gutknecht gutman gutmann gutowski gutshall guttman guy guyer guyette
guymon guynes guynn guyot guyton guzik guzman guzy guzzi guzzo gwaltney gwen gwenda gwendolyn gwenn gwin gwinn
gwyn gwyneth gwynn győző général gérard gómez ha haack haag haak haake haakenson haaland haan haar haas haase
habeck habeeb habegger habel haber haberer haberkorn haberle haberman habersham haberstroh habib habibi hable
hacene hachey hack hackbarth hackel hackenberg hacker hackett hacking hackler hackley hackman hackmann hackney
hackworth hadad hadaway haddad hadden haddix haddock haddon haddox haden hadfield hadi hadler hadley hadlock
hadnot hadsell hadzic hae haefner haegele haen hafeez hafen hafer haff haffey haffner hafford hafley hafner
haft haga hagadorn hagaman hagan hagans hagar hagberg hage hagedorn hagel hageman hagemann hagemeier hagen
hagenbuch hagens hager hagerman hagerty hagg haggard hagge haggerty haggins hagin hagins hagle hagler haglund
hagman hagner hagood hagopian hagos hagstrom hague hagwood hagy hahm hahn hahne hai haid haidar haider haig
haigh haight haigler hail haile hailey hailu hain haines hainline hains hainsworth hair haire hairston haislip
haith haithcock hajduk hajek haji hajjar hakala hakanson hake hakes hakim hakimi hakobyan hal halas halbach
halberg halberstam halbert halbrook halbur halcomb haldeman halder hale hales haley halfacre halfhill halfmann
halford haliburton halili halim halina halko hall halladay hallahan hallam hallas hallberg halle hallen
hallenbeck haller hallett halley hallford hallgren halliburton halliday hallie halligan hallin hallinan
halling hallisey halliwell hallman hallmark hallock halloran halloway hallowell hallquist halls hallstrom
hallum halm halper halperin halpern halpert halpin halsell halsey halstead halsted halteman halter halterman
haltom halton haluska halverson halvorsen halvorson ham hamacher hamad hamada hamaker hamamoto haman hamann
hamberg hamblen hambleton hamblin hambly hambrick hambright hamburg hamburger hamby hamdan hamed hameed hamel
hamelin hamer hamers hames hamid hamidi hamil hamill hamilton hamler hamlet hamlett hamlin hamm hammack hammad
hamman hammann hammar hammel hammell hammen hammer hammerle hammers hammerschmidt hammersley hammersmith
hammes hammett hammill hammitt hammock hammon hammond hammonds hammons hammontree hammoud hamner hamon hamp
hampel hampshire hampson hampton hamre hamric hamrick hamstra hamza han hana hanan hanawalt hanby hance
hanchett hanchey hancock hancox hand handa handel handler handley hands handy hane hanel haner hanes haney
hanford hang hanger hanh hanif haning hanisch hank hanke hankel hankerson hankey hankin hankins hankinson
hanko hanks hanley hanlin hanlon hanly hann hanna hannaford hannah hannahs hannan hannelore hanneman hannemann
hanner hanners hanney hannibal hannigan hanning hannon hannum hanover hanrahan hanratty hans hansard hansberry
hansbrough hanscom hansel hansell hanselman hansen hansford hanshaw hanshew hansley hanson hanssen hantz hanus
hanvey hanzel hanzlik hao hapner happ happe happel haq haque hara harada haralson haran harari harb harbaugh
harber harbert harbin harbison harbor harbour harbuck harcourt harcrow hard hardage hardaway hardcastle hardee
hardeman harden hardenbrook harder hardesty hardgrove hardie hardiman hardin harding hardison hardisty hardman
hardnett hardrick hardt hardway hardwick hardy hare haren harer harewood harford harger hargett hargis
hargrave hargraves hargreaves hargrove hargus hari harig haring haris harjo harju harker harkey harkin harkins
harkleroad harkless harkness harlan harland harless harley harlin harling harlow harm harman harmer harmeyer
harmon harmony harms harmsen harn harnage harnden harned harner harness harnett harney harnish harnois haro
harold haroldson haroon haros harp harpe harper harpole harpster harr harrah harrel harrell harrelson harries
harriet harriett harriette harrigan harriger harrill harriman harring harrington harriott harris harrison
harriss harrity harrod harrold harrop harroun harrow harry harryman harsch harsh harsha harshaw harshbarger
harshman harstad harston hart harte hartel hartenstein harter hartfield hartford hartgrove harth hartig
hartigan hartin harting hartis hartje hartke hartl hartlage hartlaub hartle hartley hartline hartman hartmann
hartner hartness hartnett hartney harton hartranft harts hartsell hartsfield hartshorn hartsock hartson hartt
hartung hartwell hartwick hartwig harty hartz hartzell hartzler hartzog harutyunyan harvard harvel harvell
harvey harvick harvie harvill harville harvin harvison harward harwell harwick harwood hasan hasbrouck hase
hasegawa haselden hash hashem hashemi hashi hashim hashimoto hashmi haskell haskett haskin haskins haslam
hasler haslett hasley hass hassan hasse hassel hassell hassen hassett hassie hassinger hassler hasson hastie
hasting hastings haston hasty haswell hatala hataway hatch hatchell hatcher hatchett hatem hatfield hathaway
hathcock hathorn hatley hatmaker hatt hattaway hatten hatter hattie hatton hau hauber haubert haubrich hauck
hauenstein hauer hauf hauff haug hauge haugen hauger haugh haughey haught haughton haugland hauk hauke haun
haupert haupt hauptman haury haus hauschild hause hausenblas hauser hausler hausman hausmann hausner haut
havard havel havelka haveman haven havener havens haver haverkamp haverland haverly haverty havey haviland
havlicek havlik havrilla haw hawbaker hawes hawk hawke hawker hawkes hawkey hawkins hawkinson hawks hawley
hawn haworth haws hawthorn hawthorne haxton hay hayashi hayashida hayat haycock haycraft haydee haydel hayden
haydon haye hayek hayer hayes hayford haygood hayhurst hayles hayley haymaker hayman haymes haymon haymond
haymore hayne hayner haynes haynesworth haynie hays hayse hayslett hayslip hayter hayton hayward haywood
hayworth hazan hazard hazel hazelbaker hazelett hazell hazelrigg hazeltine hazelton hazelwood hazen hazlett
hazlewood hazzard he heaberlin heacock head headen headings headlee headley headrick heady heagy heal heald
healey healy heaney heap heape heaps heard hearn hearne hearns hearon hearst heart heasley heaston heater
heath heathcock heathcote heather heatherly heathman heatley heaton heatwole heavener heavey heavner hebb
hebel heber heberling hebert hebner hebron hechavarria hecht heck heckard heckart heckathorn heckel hecker
heckert heckler heckman heckmann hecox hector hedberg hedden hedge hedgecock hedgepeth hedger hedges hedglin
hedgpeth hedin hedley hedlund hedman hedrick hedstrom hedtke hedwig hedy hee heenan heer heeren heeter
heffelfinger heffern heffernan heffington heffley heffner heffron hefley heflin hefner heft hefty hegarty
hegde hege hegedus hegel hegeman heger hegg hegge heggie hegland hegler hegwood hehn heid heide heidel
heidelberg heideman heidemann heiden heidenreich heider heidi heidler heidrick heidt heidy heier heifner
height heike heikes heikki heikkila heikkinen heil heilig heilman heim heiman heimann heimbach heimer heimerl
heimlich heims hein heindel heindl heine heinecke heineman heinemann heinen heiner heiney heinle heinlein
heino heinold heinonen heinrich heinrichs heins heinsohn heintz heintzelman heinz heinze heinzen heise heiser
heisey heishman heisler heiss heist heistand heit heitkamp heitman heitmann heitz heitzman heizer helaine
helberg helbert helbig helbling held heldt helen helena helene helfer helfrich helga helgerson helgeson helget
helland hellard helle hellen heller helling hellinger hellman hellmann hellums hellwig hellyer helm helman
helmbrecht helmer helmers helmick helmke helms helmstetter helmuth helsel helsley helstrom helt helton heltzel
helvey helwig helzer hem hemann hemberger hembree hemby hemenway heming heminger hemingway hemme hemmelgarn
hemmer hemmert hemming hemminger hemmings hemp hempel hemphill hempstead hemsley hemstreet henandez henao
henault hence hench hendee hendel hendershot hendershott henderson hendler hendley hendon hendren hendrick
hendricks hendrickson hendriks hendrix hendrixson hendry hendryx henegar heneghan henery heng hengst heninger
henk henke henkel henkle henley henline henn henne henneberry henneman hennen hennes hennessee hennessey
hennessy henney hennig hennigan henning henninger hennings henningsen hennington hennis henri henrich henrichs
henrichsen henricks henricksen henrickson henrie henrietta henriette henrik henriksen henrikson henriques
henriquez henry henschel henschen hensel hensen henshaw henslee hensler hensley henson hentges henthorn
henthorne henton hentschel hentz henwood henze heo hepburn hepler hepner hepp heppner hepworth her herald
herandez herard heras herb herber herberger herbert herbig herbin herbold herbst herbster hercules herd herda
herder herdman herdt heredia hereford herendeen hergert herget heriberto hering herington heritage herlihy
herlinda herma herman hermann hermans hermansen hermanson hermelinda hermes hermida hermila hermina hermine
herminia hermiz hermosillo hermsen hern hernandes hernandez hernandezcruz hernandezgarci hernandezlopez
hernandezmarti hernandezperez hernando herndon hernández herod herold heron heroux herr herrada herrarte
herrejon herrell herren herrera herrero herrick herrig herriman herrin herring herrington herriott herrman
herrmann herrod herrold herron hersch herschberger herschel hersey hersh hershberger hershel hershey
hershkowitz hershman hersi hersman hersom hert herta hertel herter hertha hertlein hertz hertzberg hertzler
hertzog hervey herwig herz herzberg herzig herzog hesch heskett hesler heslin heslop hess hesse hessel
hesseltine hesser hession hessler hessling hesson hestand hester heston heth hetherington hetland hetrick hett
hettich hettie hettinger hetzel hetzer hetzler heu heuer heun heupel heuser heverly heward hewell hewes hewett
hewitt hewlett hewson hey heyden heydt heyen heyer heying heyl heyman heymann heyn heyne heyward heywood hiatt
hibbard hibbert hibbitts hibbler hibbs hibdon hibler hibner hice hick hickam hicken hickenbottom hickerson
hickey hickle hicklin hickman hickmon hickok hickox hicks hickson hida hidalgo hidrogo hieb hieber hiebert
hiedi hiemstra hien hier hiers hiestand hiester hietala hietpas hiett higa higareda higashi higbee higbie
higby higdon higginbotham higginbottom higgins higginson higgs high higham highfield highfill highland highley
highsmith hight hightower higley hignite higuchi higuera hijazi hikaru hilaire hiland hilaria hilario hilary
hilbert hilborn hilburn hild hilda hilde hildebrand hildebrandt hildebrant hildegard hildegarde hilden
hildenbrand hilderbrand hildred hildreth hile hileman hiler hiles hilgendorf hilger hilgers hilker hill
hillard hillary hille hilleary hillebrand hillegas hillegass hillen hillenbrand hiller hillery hillesheim
hilley hillhouse hilliard hillier hilligoss hilliker hillis hillman hillmann hillmer hills hillsman hillstrom
hillyard hillyer hilma hilsabeck hilson hilt hiltner hilton hilts hilty hiltz hilyard hilyer himel himes
himmel hin hincapie hinch hinchey hinchliffe hinchman hinck hinckley hinde hinderliter hindes hindle hindman
hinds hine hineline hineman hiner hinerman hines hinesley hing hingle hink hinkel hinkle hinkley hinkson
hinman hinnant hinnenkamp hinners hinojos hinojosa hinostroza hinote hinrichs hinrichsen hinshaw hinsley
hinson hinton hintz hintze hinz hinze hinzman hiott hipolito hipp hippensteel hipple hippler hipps hipsher
hirai hiraldo hiram hirano hirata hird hire hires hiroko hirose hirsch hirschberg hirschfeld hirschi hirschman
hirsh hirst hirt hirth hisaki hisako hiscock hise hisel hiser hisey hisle hislop hissong hitch hitchcock
hitchens hitchings hitchner hite hites hitt hittle hitz hively hix hixenbaugh hixon hixson hjelm hladik hlavac
hlavaty ho hoa hoadley hoag hoagland hoaglin hoak hoang hoar hoard hoare hoback hoban hobart hobbie hobbs
hobby hobdy hoberg hobert hobgood hobson hoch hochberg hochhalter hochman hochstein hochstetler hock hockaday
hockenberry hockenbury hockensmith hocker hockett hocking hockman hocutt hodapp hodder hodel hodes hodgdon
hodge hodgen hodges hodgin hodgins hodgkins hodgkinson hodgman hodgson hodnett hodo hodson hodzic hoefer
hoefler hoefling hoefs hoeft hoehn hoehne hoeksema hoekstra hoel hoelscher hoenig hoeppner hoerner hoerr hoey
hof hofacker hofbauer hofer hoff hoffa hoffart hoffer hoffert hoffman hoffmann hoffmaster hoffmeister
hoffmeyer hoffner hoffpauir hofland hofman hofmann hofmeister hofstetter hogan hogans hogarth hoge hogeland
hogg hoggan hoggard hoggatt hogge hogle hoglund hogrefe hogsett hogue hoh hohensee hohenstein hohl hohman
hohmann hohn hoisington hojnacki hokanson hoke holaday holahan holben holbert holbrook holbrooks holcomb
holcombe holdaway holdeman holden holder holderfield holderman holderness holding holdren holdridge holdsworth
hole holeman holen holewinski holford holgate holguin holiday holifield holiman holius holl hollabaugh
holladay hollan holland hollander hollands hollandsworth hollar hollars hollaway holle holleman hollen
hollenbach hollenback hollenbaugh hollenbeck holler holleran holley holli holliday hollie hollier hollifield
holliman hollimon hollin hollinger hollingshead hollingshed hollingsworth hollingworth hollins hollinshead
hollis hollister hollman hollmann holloman hollomon hollon holloway hollowell holly hollywood holm holman
holmberg holmen holmer holmes holmgren holmquist holmstrom holness holoman holroyd holsapple holscher holsclaw
holsey holshouser holsinger holsomback holsopple holst holste holstein holsten holstine holston holt holtan
holte holten holter holthaus holtkamp holtman holton holts holtsclaw holtz holtzclaw holtzman holub holy
holycross holyfield holyoak holz holzapfel holzer holzhauer holzinger holzman holzwarth holzworth hom homa
homan homann homer homes homesley hommel homola hon honaker honan honda hone honea honer honey honeycutt
honeyman honeywell hong honig honn honor honore honoré hontz hoo hoobler hood hook hooke hooker hooks hooley
hoon hoop hooper hoopes hoopingarner hoops hoose hooser hoosier hoot hooten hootman hooton hoots hooven hoover
hope hopes hopewell hopf hopgood hopkin hopkins hopkinson hopp hoppe hopper hoppes hopping hopple hopps hopson
hopwood hoque hora horace horacek horacio horak horan hord horgan hori horine horiuchi horlacher horman
hormann horn hornaday hornak hornback hornbaker hornbeck hornberger hornbuckle hornby horne horner horney
hornick horning hornsby hornstein hornung hornyak horowitz horrell horrigan horrocks horsch horsey horsfall
horsley horsman horst horstman horstmann horta hortencia hortense hortensia hortman horton horvat horvath
horvitz horwath horwitz hosack hosch hose hosea hosein hosek hoselton hosey hosford hosier hoskin hosking
hoskins hoskinson hosler hosley hosman hosmer hoss hossain hosseini hossler host hosterman hostetler hostetter
hostettler hostler hotaling hotard hotchkiss hoth hotham hott hottinger hottle hotz hou houchens houchin
houchins houck houde houdek houge hough houghtaling houghton houk houle houlihan hounshell houp houpt hourigan
hourihan housden house householder houseknecht housel houseman houser houseworth housewright housh houska
housley housman houston hout houts houtz houze hovan hovanec hovatter hovde hove hoven hover hovermale hovey
hovis hovland hovsepian how howard howarth howden howdyshell howe howell howells hower howerton howery howes
howeth howey howie howington howk howland howle howlett howley howse howser howson howton howze hoxha hoxie
hoy hoye hoyer hoyle hoyos hoyt hoyte hrdlicka hren hribar hritz hruby hruska hsia hsiao hsieh hsiu hsiung hsu
hsueh htoo hu hua huaman huang huante huard hubbard hubbell hubbert hubble hubbs huber hubert huberty hubler
hubley hubmann hubner huck huckabay huckabee huckaby huckeba huckins huckleberry hucks huckstep huda hudak
huddle huddleson huddleston hudec hudelson hudgens hudgins hudkins hudman hudnall hudnell hudock hudon hudson
hudspeth hue huebner huegel huelskamp huelsman huerta huertas huesca huestis hueston huether huett huettl huey
huezo huff huffaker huffer huffine huffines huffman hufford huffstetler hufnagel hufstetler hug hugg huggard
huggett huggins hugh hughart hughes hughett hughey hughlett hughley hughs hughson hugley hugo huguley huh huhn
hui huie huisman huitron huitt huizar huizenga huizinga hukill hulbert hulda hulen hulet hulett hulin huling
hulings hull hullett hullinger hulme huls hulse hulsey hult hultgren hultman hultquist hults hultz hum human
humber humbert humberto humble hume humes humiston humm hummel hummell hummer humphery humpherys humphrey
humphreys humphries hund hundal hundley hundt huneycutt hung hungate hunger hungerford hunley hunn hunnewell
hunnicutt hunsaker hunsberger hunsicker hunsinger hunsucker hunt hunte hunter hunting huntington huntley
hunton huntoon huntsinger huntsman huntzinger hunziker huo huong huot hupp huppert huq hur hurd hurdle
hurlbert hurlburt hurlbut hurley hurlock hurn huron hursey hursh hurst hurston hurt hurtado hurtt hurwitz
husain husak husband husbands husby huse huseby husein huseman huser husk huskey huskins husman husmann huson
huss hussain hussaini hussein hussey hussien hussong hust hustad husted huston hutchcraft hutchens hutcherson
hutcheson hutchings hutchins hutchinson hutchison huth hutsell hutson hutt hutter hutto hutton hutzel hutzler
huval hux huxtable huyck huynh huyser hwa hwang hy hyacinth hyams hyatt hyche hyde hyden hyder hye hyer hyland
hyler hylton hyman hymas hymel hymer hymes hyndman hynds hynek hynes hynson hyo hyon hypes hypolite hyppolite
hyre hysell hyslop hyson hyun härtwig i'm iacobucci iacono iacovelli ian iannacone iannelli ianni iannone
iannotti iannucci iannuzzi ibach ibanez ibarra ibe ibrahim ice icenhour icenogle ickes ida idalia iddings
idell idella iden idol idris idrovo iesha iffrig ifill ige iglehart iglesia iglesias ignacia ignacio igo igoe
igou ihde ihle ihrig ihrke ikard ike ikeda ikerd ikner ila ilagan ilana ilda ileana ileen ilene iler iles ilg
iliana ilic iliff ilkay illa illescas illig illingworth ilona ilse iluminada ilyas im ima imai imam imamura
iman imboden imel imelda imes imhof imhoff imlay imler imm immel imogene imperato imperial imran imus in ina
inabinet ince inch inclan inda indelicato india indira inell ines inez infante infantino infinger ing inga
ingalls inge ingeborg ingels ingenito inger ingersoll ingerson inggs ingham ingle ingles inglis ingoglia
ingold ingraham ingram ingrassia ingrid iniguez inks inlow inman inmon innes innis inniss innocent inoa
inocencia inocencio inoue inouye insalaco inserra inskeep insley interiano inthavong inzunza iola iona ione
ionescu iorio iosif iovino ipina ipock ippolito iqbal iracheta iraheta iraida irani irby irelan ireland irena
irene ireton irey irfan iriarte irias iribe irick irigoyen irina irion iris irish irizarry irma irmgard irons
irvin irvine irving irwin isa isaac isaacs isaacson isaak isabel isabela isabell isabella isabelle isadora
isaiah isaias isais isakson isanori isaura isaza isbell isela iseman isenberg isenhart isenhour isenhower iser
ishak isham ishaq ishee isherwood ishida ishihara ishii ishikawa ishmael ishman isiah isidoro isidra isidro
isis iskander islam island islas isler isles isley ismael ismail isner isobel isola isom ison israel isreal
issa issac istre italiano ito iturbe iturralde itzkowitz iva ivan ivana ivanov ivanova ivelisse ivers iversen
iverson ivery ives ivester ivette ivey ivie ivins ivonne ivory ivy iwamoto iwanski iwasaki iwata iyengar iyer
izaguirre izetta izola izquierdo izumi izzard izzi izzo jabbar jabbour jaber jablonowski jablonski jacalyn
jacelyn jacinda jacinta jacinto jack jackeline jackelyn jacki jackie jacklin jacklyn jackman jacko jackowski
jackqueline jacks jackson jacky jaclyn jaco jacob jacobi jacobo jacobowitz jacobs jacobsen jacobson jacobus
jacoby jacome jacot jacox jacqualine jacque jacquelin jacqueline jacquelyn jacquelyne jacquelynn jacques
jacquet jacquetta jacquez jacqui jacquie jacquiline jacquline jacqulyn jacuinde jada jade jadhav jadwiga jae
jaeger jaemin jafari jaffe jaffee jaffer jafri jager jagger jaggers jagielski jaglowski jagodzinski jahan
jahir jahn jahner jahnke jahns jahr jaime jaimee jaimes jaimez jaimie jain jaiswal jake jakes jakob jakubiak
jakubowski jalali jalbert jaleesa jalil jalisa jalloh jallow jalomo jama jamaal jamal jamar jame jamee jamel
jamerson james jameson jamey jami jamie jamieson jamika jamil jamila jamison jammie jan jana janae janak janas
janay janczak janda jandreau jane janean janecek janee janeen janel janell janella janelle janene janes
janessa janet janeth janett janetta janette janeway janey jang jani janiak janice janicek janicki janie
janiece janik janina janine janis janisch janise janiszewski janita janke jankovic jankowski jann janna jannet
jannette janney jannie janos janotti janousek janowiak janowski jans jansen jansky jansma janson janssen
jansson jantz jantzen january janus janusz janvier janyce janz janzen jaqueline jaquelyn jaques jaquez jaquith
jara jaramillo jarboe jarchow jardin jardine jardon jarecki jared jariwala jarman jarmon jarnagin jarnigan
jarod jaros jarosz jarquin jarrard jarratt jarreau jarred jarrell jarrells jarrett jarrod jarvi jarvie jarvis
jasinski jaskiewicz jasmin jasmine jaso jason jasper jasso jaster jauch jaudon jaunita jauregui javaid javed
javier jawad jaworski jax jay jayaraman jaycox jaye jayme jaymie jayna jayne jaynes jayson jazmin jazmine jean
jeana jeanbaptiste jeancharles jeane jeanelle jeanene jeanes jeanett jeanetta jeanette jeanfrancois jeangilles
jeanice jeanie jeanine jeanjacques jeanlouis jeanmarie jeanna jeanne jeannetta jeannette jeannie jeannine
jeanpaul jeanphilippe jeanpierre jeans jeansonne jeanty jed jedi jedlicka jee jeff jeffcoat jefferey jefferies
jefferis jeffers jefferson jeffery jefferys jeffie jeffords jeffress jeffrey jeffreys jeffries jeffry jeffs
jelinek jelks jellison jemison jemmott jen jena jenae jencks jene jenee jenell jenelle jenette jeneva jeng
jeni jenice jenifer jeniffer jenine jenise jenkin jenkins jenkinson jenks jenna jenne jennefer jennell jenner
jenness jennett jennette jenney jenni jennie jennifer jenniffer jennine jenning jennings jennison jenny jens
jensen jenson jent jeon jeong jeppesen jeppson jepsen jepson jerabek jerald jeraldine jeramy jere jeremiah
jeremie jeremy jerez jerger jeri jerica jerilyn jerkins jerlene jermaine jerman jernigan jerold jerome jeromy
jeronimo jerrell jerri jerrica jerrie jerrod jerrold jerry jervis jeschke jesenia jesica jeske jespersen jess
jesse jessee jessen jessenia jessi jessia jessica jessie jessika jessop jessup jester jestine jesus jesusa
jesusita jeter jett jetta jette jetter jettie jetton jeudy jeune jew jewel jewell jewett jewkes jex jha
jhamtani jhaveri ji jia jian jiang jiao jibo jiggetts jilek jiles jill jillian jillson jim jimenes jimenez
jimerson jiminez jimison jimmerson jimmie jimmy jin jina jindra jines jing jinks jinny jiron jividen jiwani jo
joachim joan joana joane joanie joann joanna joanne joannie joaquin joaquina job jobe jobes jobin jobson
jocelyn jochim jochum jock jocson jodee jodi jodie jodoin jody joe joeann joel joella joelle joellen joens
joesph joetta joette joey joffe joffrion johal johana johann johanna johanne johannes johannesen johannessen
johanning johannsen johansen johanson johansson john johna johnathan johnathon johnetta johnette johnie johnna
johnnie johnny johns johnsen johnsie johnson johnsrud johnston johnstone joi joie joiner joines joji jojola
jolanda joleen jolene jolicoeur jolie jolin joline jolivette jolley jolliff jolliffe jolly joly jolyn jolynn
jolyon jon jona jonah jonas jonathan jonathon jone jonell jonelle jones jong joni jonie jonker jonna jonnie
jonson jonsson joo joos joost joplin jordahl jordan jorden jordon jorge jorgensen jorgenson jose josef josefa
josefina josefine joselyn joseph josephina josephine josephs josephson josette josey josh joshi joshua josiah
josie joslin joslyn jospeh josphine joss jost josue josé joubert jourdain jourdan journey jovan jovanovic
jovel jovita jowers joy joya joyal joyce joycelyn joye joyner joynes joynt jozwiak joël ju juan juana juanita
juarbe juarez judah judd jude judge judi judice judie judith judkins judson judy jue juergens juhasz juhl
juhnke jule julee julene jules juli julia julian juliana juliane juliann julianna julianne juliano julie
julieann julien julienne juliet julieta julietta juliette julio julissa julius juma jump jumper jun junco
jundt june juneau jung junge jungers jungwirth junie junior junious junita junk junker junkin junkins junko
juntunen junya junzhe jupiter juraci jurado jurek jurewicz jurgens jurgensen jurkiewicz jurkowski jury
juscelino jusino just justa juste justesen justice justin justina justine justiniano justis justo justus
jutras jutta ka kaatz kaba kabat kabel kabir kacey kachel kaci kacie kackley kacy kaczmarczyk kaczmarek
kaczmarski kaczor kaczorowski kaczynski kadakia kadel kader kading kadlec kaeding kaehler kaelen kaelin
kaercher kaeser kaestner kafer kafka kafri kagan kahan kahl kahle kahler kahlon kahn kahrs kai kail kaila kain
kainz kaiser kaitlin kaitlyn kakar kala kalama kalata kalb kalbach kale kaleigh kaler kaleta kaley kali kalil
kalin kalina kalinoski kalinowski kalis kalish kalka kallas kallenbach kallie kallio kalman kalmbach kalra
kaltenbach kalu kaluza kalyn kam kamal kamala kamara kamath kamau kamdar kamel kamen kamer kami kamil kamilah
kamin kaminski kaminsky kamm kammer kammerer kamp kampa kamper kampf kamps kamradt kamran kamrath kan kanagy
kanan kanda kandace kandel kandi kandice kandis kandra kandy kane kaneko kanesha kaneshiro kang kangas kania
kanipe kanisha kann kannan kanner kant kanter kantner kantola kantor kantz kanu kanzhelev kanzler kao kapadia
kapinos kaplan kapoor kapp kappel kappes kappler kapur kapusta kar kara karam karan karanja karapetyan karas
karasek karbowski karch karcher karczewski kardos kareem kareen karel karels karen karena karey karg kargbo
karger kari karie karim karima karimi karin karina karine karisa karissa kariuki karki karl karla karle
karleen karlen karlene karlin karls karlson karlsson karly karlyn karma karmen karn karner karnes karns karol
karole karoline karolyn karon karow karp karpinski karr karras karren karri karrick karrie karry karst karsten
kartchner karwoski karwowski kary karyl karyn kasandra kasch kase kaser kasey kash kasha kashani kashyap kasi
kasie kasinger kasner kaspar kasparian kasper kasprzak kasprzyk kass kassa kassab kassandra kassel kassem
kassie kassim kassis kassner kasson kast kastelic kasten kaster kastner katayama kate katelin katelyn katelynn
katerine kates kath kathaleen katharina katharine katharyn kathe katheleen katherin katherina katherine
kathern katheryn kathey kathi kathie kathleen kathlene kathline kathlyn kathrin kathrine kathryn kathryne
kathy kathyrn kati katia katie katina katlyn kato katona katrice katrina kats katt katta kattie katy katz
katzenberger katzer katzman kau kauffman kauffmann kaufman kaufmann kaufmanns kaul kaup kaur kaus kaushal
kaushik kauth kautz kautzman kavanagh kavanaugh kawa kawagoe kawaguchi kawahara kawai kawakami kawamoto
kawamura kawano kawasaki kay kaya kayce kaycee kaye kayla kaylee kayleen kayleigh kaylene kaylor kays kayser
kazanjian kazarian kazee kazemi kazi kazmi kazmierczak kazmierski kazuko ke kea keach keady keagle keagy
keahey kealey kealoha kealy kean keane keaney keanu kear kearney kearns kearse keasler keast keathley keating
keaton keats keatts kebede kecia keck keckler kee keeble keebler keech keef keefe keefer keegan keehn keel
keelan keele keeler keeley keeling keels keely keen keena keenan keene keener keeney keenum keep keepers
keeran kees keese keesee keesha keesler keesling keeter keeth keeton keever keffer kegel kegler kegley kehl
kehler kehm kehn kehoe kehr kehrer keifer keiffer keiko keil keila keilman keim keiper keir keira keiser
keisha keisler keisling keister keita keiter keith keitha keithley keitt keizer kelch kelchner keleher kelemen
keli kell kellam kellams kellar kelle kellee kelleher kellems kellen kellenberger keller kellerman kellermann
kellett kelley kelli kellie kelliher kelling kellis kellison kellman kellner kellogg kells kellum kelly kellye
kelm kelman kelsay kelsch kelsey kelsi kelsie kelso kelson keltner kelton kelty kelvin kem kemberly kemble
kemenade kemmer kemmerer kemnitz kemp kempa kempe kempen kemper kempf kempfer kempker kempton ken kena kenan
kenda kendal kendall kendig kendle kendra kendrick kendricks kenealy kenefick keneth kenia kenisha kenison
keniston kenkel kenley kenna kennamer kennard kenneally kennebrew kennedy kennel kennell kennelly kennemer
kenner kennerly kennerson kenneth kennett kenney kenning kennington kennison kennith kennon kenny kensinger
kent kenton kenworthy kenya kenyatta kenyetta kenyon keo keogh keohane keough keown kephart kepler kepley
keplinger kepner keppel kepple keppler ker kera keranen kerber kerbs kerby kercher kerchner kerekes keren
kerfoot keri kerin kerins kerkhoff kerley kerlin kermit kern kernan kerner kerney kernodle kerns kerr kerri
kerrick kerrie kerrigan kerry kerschner kersey kersh kershaw kershner kersten kerstetter kerstin kersting
kervin kerwin kesha keshia keshishian keshishyan kesler kesling kesner kessel kesselman kesselring kessinger
kessler kestenbaum kester kesterson kestler kestner ketcham ketchem ketcher ketcherside ketchum ketelsen
ketner ketola ketron ketter ketterer kettering ketterling ketterman kettle kettler kettner keturah keva keven
kevin kevorkian key keyes keys keyser kha khachatryan khadijah khadka khaimov khalaf khaled khalid khalifa
khalil khalilah khalili khalsa khamis khan khanal khanam khang khanh khanna khare khatib khatoon khatri khatun
khavronenko khawaja khim kho khokhar khong khoo khosla khouri khoury khurana khuu ki kia kiana kiara kibbe
kibbey kibble kibby kibler kibodeaux kick kicklighter kidane kidd kidder kiddy kidney kidwell kiefer kieffer
kiehl kiehn kiel kielty kiely kienitz kienzle kier kiera kiernan kierstead kiersten kies kiesel kieser kiesha
kiesling kiessling kieth kieu kifer kiger kiggins kight kightlinger kiker kikuchi kil kilbane kilborn kilbourn
kilbourne kilbride kilburg kilburn kilby kilcoyne kilcrease kilcullen kilday kildow kilduff kile kiley kilgo
kilgore kilian kilkenny kill killam killebrew killeen killen killgore killian killinger killings killingsworth
killion killman killmer killoran killough killpack kilmartin kilmer kilpatrick kilroy kim kimani kimball
kimbel kimbell kimber kimberely kimberlee kimberley kimberli kimberlie kimberlin kimberling kimberly kimbery
kimble kimbler kimbra kimbrel kimbrell kimbro kimbrough kime kimes kimi kimiko kimm kimmel kimmell kimmet
kimmey kimmons kimpel kimrey kimsey kimura kimzey kin kina kinard kincade kincaid kincannon kincer kinch
kincheloe kinchen kind kindel kindell kinder kindig kindle kindler kindley kindra kindred kindt kiner kines
king kingery kinghorn kingman kingrey kingsbury kingsland kingsley kingston kinkade kinkaid kinkead kinkel
kinlaw kinley kinloch kinman kinn kinnaird kinnaman kinnamon kinnard kinne kinnear kinner kinnett kinney
kinnison kinnunen kinoshita kinsel kinsella kinser kinsey kinsler kinsley kinslow kinsman kinter kintner kintz
kinyon kinzel kinzer kinzie kip kipchoge kiper kipp kipper kira kiraly kirby kirch kircher kirchhoff kirchner
kirchoff kirk kirkbride kirkendall kirkendoll kirker kirkham kirkland kirkley kirklin kirkman kirkpatrick
kirksey kirkwood kirlin kirn kirsch kirschbaum kirschenbaum kirschner kirst kirstein kirsten kirstie kirstin
kirtley kirton kirts kirven kirwan kirwin kiser kish kisha kishbaugh kisling kisner kisor kiss kissane kissee
kissel kissell kissick kissinger kissling kissner kissoon kist kister kistler kistner kit kita kitagawa kitch
kitchell kitchen kitchens kitchin kitchings kite kitson kitt kittel kittell kittelson kitterman kittie
kittinger kittle kittleson kitto kittredge kittrell kitts kitty kitzman kitzmiller kivett kiyoko kizer kizzie
kizzy kjos kjær klaas klaassen klabunde klages klahn klaiber klamm klann klapp klapper klar klara klass
klassen klatt klaus klausner klaver klawitter kleber kleckner klee kleeman klees kleiber kleiman klein
kleinberg kleine kleiner kleinert kleinhans kleinhenz kleinman kleinpeter kleinsasser kleinschmidt kleinsmith
kleist klem kleman klement klemm klemme klemmer klemp klenk klenke kleppe klepper klett kleven klick klier
kliewer klim klima klimas klimczak klimek klimenko kline klinedinst klinefelter kling klingaman klingbeil
klinge klingenberg klingensmith klinger klingler klingman klink klinker klinkhammer klintrup klippel klitzke
kloc klocek klock klocke kloepfer klonowski kloos klopfenstein klopfer klopp klos klose klosowski kloss
kloster klosterman kloth klotz kluck kluesner klug kluge klumb klump klumpp klunk kluth klutts kluttz kluver
kmetz kmiec kmiecik knaack knaak knab knabe knable knack knaggs knapik knapke knapp knappenberger knapper
knapton knarr knaub knauer knauf knauff knaus knauss knebel knecht knee kneeland kneip knell kneller knepp
knepper knerr knicely knick knickerbocker knierim knies kniffen kniffin knigge knight knighten knighton
knights knipe knipp knisely knisley kniss knittel knitter knittle knobbe knobel knoblauch knoble knobloch
knoblock knoch knoche knock knode knodel knoebel knoke knoles knoll knoop knop knopf knopp knorr knoth knott
knotts knouse knowles knowlton knox knuckles knudsen knudson knudtson knupp knust knuth knutsen knutson ko
kobayashi kobe kobel kober kobs kobus koch kochan kochanski kocher kochevar kochis koci kocian kock kocsis
kocurek kodali kodama koebel koegel koehl koehler koehn koehne koeller koelling koelsch koen koenen koenig
koenigs koepke koepp koeppel koeppen koerber koerner koert koester koetter koffler koffman kofoed koga kogan
koger kogut koh kohan kohen kohl kohler kohli kohlman kohlmann kohlmeier kohlmeyer kohls kohn kohnen kohnke
kohout kohr kohrs kohut kojima kok koki kokoszka kolakowski kolar kolarik kolasa kolasinski kolb kolbe kolbeck
kolberg kole kolenda kolenovic kolesar kolk kolker koll kollar koller kolli kollie kolling kollman kollmann
kolman kolodziej kolp kolstad komar komorowski kon kondo kone konecny konen kong konieczny konig koning konkel
konkle konkol kono konopka konrad konrath kontos konz koo koob koogler kooiman kooistra koon koonce koons
koontz koop koopman koos kopacz kopczynski kopec kopecky kopel kopf kopka koplin kopp koppel koppelman
koppenhaver kopplin koprowski koran korando korb korbel koren korey korf korff korhonen kori korinek korman
korn kornacki kornegay kornfeld koroma korpi kort korte korth kortney kortz kory kos kosa kosakowski kosar
kosch kosek kosel koser koshy kosiba kosik kosinski koskela koski kosko kosloski koslowski kosman koss kost
kosta kostecki kostelecky kostelnik koster kostic kostick kostka kot kota kotarski kotch kotecki koth kothari
kothe kotler kotowski kott kotter kottke kotula kotz kou kouba kouns kountz kouri kourtney koury koushik kovac
kovacevic kovacevich kovach kovacic kovacs koval kovalchuk kovalcik kovalenko kovaleski kovar kovarik kovatch
kowal kowalczyk kowaleski kowalewski kowalik kowalkowski kowalski kowalsky koyama koza kozak kozar kozel
kozicki koziel kozik kozikowski koziol kozloski kozlov kozlowski kozma kozub kraatz krach kracht kraemer
krafft kraft krager krahn kraig krajewski kraker krakowski kral kralik krall kram kramer kramp krantz kranz
krapf krasinski kraska krasner krasniqi krass kratochvil kratz kratzer kraus krause kraushaar krauss krausz
kraut krauter krauth kravchenko kravets kravetz kravitz krawczyk krawiec kray kraynak kreager kreamer krebs
krebsbach krech kreeger kreft kreger krehbiel kreider kreidler kreiger krein kreiner kreis kreischer kreiser
kreitz kreitzer krejci krell kremer krenek krentz krenz krepps kreps kresge kress kresse kretschmer kretz
kretzer kretzschmar kreuser kreutz kreutzer kreuzer krewson krey krick krider kriebel krieg kriegel krieger
krier kriesel krigbaum krikorian krill kriner kring krings krinsky kris krise krisher krishna krishnamoorthy
krishnamurthy krishnan kriss krissy krist krista kristal kristan kristeen kristel kristen kristensen kristi
kristian kristiansen kristie kristin kristina kristine kristle kristofer kristoff kristopher kristy kristyn
kritzer kriz krizan kroeger kroeker kroening kroger krogh krogman krogstad kroh krohn krol krolikowski kroll
krom kromah kromer kron kronberg krone kronenberg kroner kronk kroon kropf kropp kross kroupa krouse krout
kruckenberg krueger krug kruger kruk krukowski krull krum krumm krummel krumwiede krupa krupinski krupka krupp
krupski kruse kruszewski kruzel krysiak krysta krystal krysten krystin krystina krystle krystyna krzeminski
krzyzanowski kröhling ku kuan kuang kuba kubacki kubala kubat kube kubes kubiak kubicek kubicki kubik kubinski
kubitz kubo kubota kucera kuch kuchar kucharski kuchera kuchinski kuchler kuchta kucinski kuck kuczynski kuder
kudla kudrna kudrow kue kuebler kuehl kuehn kuehne kuehner kuenzi kuester kugel kugler kuhar kuhl kuhlman
kuhlmann kuhn kuhne kuhnert kuhns kuhr kuiper kuipers kujawa kujawski kuk kukla kuklinski kukowski kukuk kula
kulak kulas kulesa kulesza kulhanek kulick kulig kulik kulikowski kulinski kulka kulkarni kull kulla kullman
kulow kulp kulpa kum kumar kumari kumm kummer kump kumpf kun kuna kunce kunde kundert kung kunkel kunkle
kunkler kunselman kunst kuntz kunz kunze kunzler kuo kuper kuperman kupfer kupiec kupka kupper kuras kurek
kuriakose kurian kurkowski kurland kurowski kurt kurtenbach kurth kurtis kurtz kurtzman kuruvilla kurz kus
kusch kuschel kusek kush kushner kushnir kuss kuster kuta kutch kutcher kutsch kutz kuykendall kuyper kuzma
kuznetsov kvyat kwak kwan kwasniewski kwasny kwiatkowski kwiecinski kwok kwon kwong kyaw kye kyer kyi kyker
kyla kyle kylee kyler kyles kylian kylie kym kymberly kyoko kyong kyra kysar kyser kyte kyung kyzer kühle la
laabs labadie labar labarbera labarge labarre labastida labat labate labbe labeau labella labelle laber
laberge lablanc labombard labonte laborde labossiere labounty laboy labra labrada labrador labrake labranche
labrecque labrie labriola labrum labuda lac lacasse lacava lacayo lacaze lacefield lacerda lacey lach lachance
lachapelle lachelle lacher lachlan lachman lachney laci lacie lacina lack lackey lackie lackner lacks laclair
lacomb lacombe lacorte lacoste lacount lacour lacourse lacresha lacroix lacross lacrosse lacson lacy lad lada
ladawn ladd lade laden ladner ladnier ladonna ladouceur ladson laduca ladue laduke ladwig lady lael lafata
lafave lafavor lafayette laferriere lafever lafferty laffey laffin laffoon lafitte laflamme lafler lafleur
lafollette lafon lafond lafont lafontaine lafontant laforce laforest laforge laforte lafortune lafountain
laframboise lafrance lafreniere lafuente lagace lagana lagarde lagasse lage lager lagman lago lagomarsino
lagos lagrange lagreca lagrone laguardia laguerre laguna lagunas lagunes lahaie lahaye lahey lahman lahoma
lahr lahti lahue lai laidlaw lail laila lain laine lainez laing lainhart laino lair laird lairson laitinen
lajara lajeunesse lajoie lajuana lakatos lake lakeesha lakeisha lakendra lakenya laker lakes lakesha lakeshia
lakey lakhani lakia lakiesha lakin lakisha lakita lal lala lalani lalanne laliberte lalit lall lalla lalley
lalli lallier lally lalonde lalone lalor lam lama lamacchia lamadrid laman lamanna lamantia lamar lamarca
lamarche lamarr lamarre lamas lamaster lamay lamb lambdin lambe lamberson lambert lamberth lamberti lamberton
lambertson lamberty lambeth lambie lamborn lamboy lambrecht lambright lambros lambson lamendola lamer lamere
lamers lamey lamica lamie lamkin lamm lammers lammert lamon lamond lamonica lamons lamont lamontagne lamonte
lamore lamoreaux lamorte lamothe lamotte lamour lamoureux lamp lampe lampert lamphere lamphier lamping lampkin
lampkins lampley lampman lamprecht lampron lampson lampton lamson lamy lana lanahan lancaster lance lanclos
lancour lanctot land landa landau landaverde lande landen lander landeros landers landes landess landfair
landgraf landi landin landino landis landman lando landolfi landolt landon landowski landreneau landreth
landrum landry lands landsberg landsman landwehr landy lane lanell lanelle lanette laney lanford lang langan
langarica langdale langdon lange langel langen langenfeld langer langevin langford langham langhorne langille
langlais langland langley langlinais langlois langner langone langstaff langston langton langworthy lanham
lani lanie lanier lanigan laning lanita lank lankford lanman lann lannan lanni lannie lanning lannom lannon
lanny lanora lanoue lanphear lanpher lansberry lansdale lansdown lansdowne lanser lansford lansing lanter
lanterman lanthier lantigua lantis lantrip lantz lanum lanuza lanz lanza lao lapage lapaglia lapan lape
laperle lapham lapidus lapierre lapin lapine lapinski laplaca laplant laplante lapoint lapointe lapolla
laporta laporte lapp lappe lappin laprade lapsley laquanda laquita lara larabee laracuente larae laraine
laramee laramie laramore laraway lard lare lareau laredo laree lares larez large largent largo larhonda
larimer larimore larin larios larisa larison larissa larita larivee lariviere lark larkey larkin larkins
larmore larner larocca larocco laroche larochelle larock larocque laroe laronda laroque larosa larose larrabee
larraine larranaga larrea larrick larrimore larrison larry larsen larson larsson larue larussa larusso lary
lasala lasalle lasandra lasater lascala lascano lasch lascola laser laseter lash lashanda lashandra lashaun
lashaunda lashawn lashawna lashawnda lashay lashbrook lashell lasher lashley lashomb lashon lashonda lashua
lashunda lashway lasiter laska lasker laskey lasko laskowski lasky lasley lasonya lasota laspina lass
lasseigne lassen lasser lasseter lassiter lasso lasswell last laster lastinger lastra lasure laswell laszlo
lata latanya latarsha latasha latashia latch latesha latham lathan lathem lathrop latia laticia latif latimer
latimore latina latini latino latiolais latisha latona latonia latonya latoria latorre latosha latour latoya
latoyia latrice latricia latrina latrisha latshaw latson latta lattanzi lattanzio lattimer lattimore lattin
latu latulippe lau laub laubach laube lauber lauck laudenslager lauder lauderdale laue lauer laufenberg laufer
lauffer laughery laughlin laughman laughter laughton launa launius laur laura lauralee lauran laure laureano
laureen laurel lauren laurena laurence laurene laurent lauretta laurette lauri lauria laurice lauricella
laurie laurin laurinda laurine lauritsen lauritzen lauro laursen laury lauryn lautenschlager lauterbach lauth
lautzenheiser lauver laux lauzon lavada lavalle lavallee lavalley lavan lavelle lavender lavenia laventure
laver lavera laverde laverdiere lavergne lavern laverna laverne laverty lavery laveta lavette lavey lavigne
lavin lavina lavine lavinia laviolette lavoie lavon lavona lavonda lavone lavonia lavonna lavonne lavoy lavy
law lawal lawana lawanda lawanna lawerence lawes lawhead lawhon lawhorn lawhorne lawing lawler lawless lawley
lawlor lawn lawrance lawrence lawrenz lawrie lawry laws lawson lawter lawton lawver lawyer lax laxson laxton
lay laycock layden layer layfield layla layman laymon layne layson layton lazalde lazar lazard lazare lazaro
lazarus lazcano lazenby lazerka lazo lazor lazos lazzara lazzari lazzaro le lea leach leachman leacock
leadbetter leader leadingham leaf league leah leahey leahy leak leake leaks leal leaman leamon leamy lean
leana leander leandra leandro leann leanna leanne leano leanora leanos leap leaphart lear leard learn learned
leary leas lease leasure leath leatha leatham leatherman leathers leatherwood leatrice leavell leavens leaver
leavitt leavy leazer lebaron lebarron lebeau lebel leber lebert leblanc lebleu leblond lebo leboeuf lebon
lebouef lebovits lebow lebowitz lebron lebrun lecates lech lecher lechner lechtenberg lechuga lecia leck
leckie leckrone leclair leclaire leclerc lecompte lecomte leconte lecount lecrone lecroy lecuyer leda leday
ledbetter leddy leder lederer lederman ledesma ledet ledezma ledford ledger ledgerwood ledlow ledo ledonne
ledoux leduc leduchowski ledwith ledyard lee leeann leeanna leeanne leech leeder leedom leeds leedy leek leeks
leeman leen leena leep leeper lees leesa leese leeson leet leeth lefeber lefebre lefebvre lefever lefevers
lefevre leff leffel leffew leffingwell leffler lefkowitz lefler leflore lefort lefrancois leftridge leftwich
legan legarda legare legarreta legaspi legate legault lege legendre leger legere legette legg legge leggett
leggette leggio legler lego legorreta legrand legrande legree legros lehan lehane lehew lehigh lehman lehmann
lehmkuhl lehn lehnen lehner lehnert lehr lehrer lehrman lehto lei leia leib leibold leibowitz leiby leicht
leick leid leida leider leidy leier leif leifer leigh leigha leighann leight leighton leighty leija leiker
leila leilani leimbach lein leinbach leinen leiner leingang leininger leinweber leis leisa leiser leisha
leishman leist leister leisure leitch leite leiter leith leitner leitz leitzel leiva leja lejeune lekisha lela
lelah leland leleux lelia lem lema lemaire leman lemanski lemar lemaster lemasters lemay lemberger lembke
lembo lemcke lemelin lemelle lemen lemere lemery lemieux leming lemire lemke lemley lemm lemma lemme lemmer
lemmon lemmons lemoine lemon lemond lemonds lemons lemos lemuel lemus len lena lenahan lenard lenart lenderman
leng lengacher lengel lengyel lenhardt lenhart lenihan lenita lenk lenker lenna lennie lenning lennon lennox
lenny leno lenoir lenon lenora lenore lenox lensing lent lentine lentini lents lentz lenz lenzen lenzi leo
leola leoma leon leona leonard leonarda leonardi leonardo leone leonel leonetti leong leonguerrero leonhard
leonhardt leoni leonia leonida leonie leonila leonor leonora leonore leontine leopard leopold leopoldo leora
leos leota lepage lepak lepard lepe lepine lepkowski lepley lepore lepp lepper leppert leppo lepre lera lerch
lerma lerman lerner leroux leroy les lesa lesage lesane lesch lesesne lesh lesha lesher lesia lesinski lesko
leslee lesley lesli leslie lesmeister lesniak lesniewski lesperance less lessard lesser lessie lessig lessley
lessman lessner lester lesueur lesure leszczynski leta letcher letchworth letellier letendre letha letham
leticia letisha letitia letizia leto letourneau letson lett lettie lettieri letts letty leu leuck leuenberger
leung leuthold lev leva levalley levan levandoski levandowski levario levasseur leveille level levell
levengood levens levenson leventhal leveque lever leverenz leverett leverette leverich levering levert
leverton levesque levey levi levin levine leviner levings levingston levins levinson levis levison levit
levitan levitsky levitt levy lew lewallen lewandowski lewellen lewellyn lewey lewicki lewin lewinski lewis
lewison lewter lewton lex lexie ley leyba leyden leyendecker leyton leyva lezama lezcano lezlie león lheureux
li lia lian liana liane liang lianne liao lias libbey libbie libby liberato liberatore liberman libert liberto
liberty librada liburd licari licata licea licht lichtenberg lichtenberger lichtenstein lichter lichtman
lichty lick lickteig licon licona lida liddell liddick liddle liddy lidia lie lieb liebe liebel lieber
lieberman liebert liebig liebl liebler liebman liebowitz liechty liedtke liem lien liendo lienemann liera
lierman lies lieselotte lieser lieske lietz lieu liew liggett liggins light lightbody lightcap lightfoot
lighthall lightle lightner lightsey lighty ligia ligon liguori like likens likes lila lile liles lili lilia
lilian liliana lilienthal lilja lill lilla lillard liller lilley lilli lillia lilliam lillian lilliana
lillibridge lillie lillis lillo lilly lily lim lima limas limbach limbaugh limberg limbrick liming limon
limones lin lina linam linan linares linch linck lincoln lind linda lindahl lindamood lindauer lindberg
lindblad lindblom lindbloom linde lindell lindeman lindemann lindemuth linden lindenberg lindenmuth linder
linderman lindgren lindholm lindhorst lindler lindley lindner lindo lindon lindor lindow lindquist lindsay
lindsey lindsley lindstrom lindsy lindy line lineback linebarger linebaugh lineberger lineberry linehan linen
liner lines linette linford ling lingard lingenfelter linger lingerfelt lingle lingo linh linhares linhart
lininger link linke linker linkous linley linn linnea linnell linneman linney linnie lino linquist lins
linscott linsey linsley linson lint linthicum lintner linton lintz linville linwood linz linzy lion lionel
liotta liou lipari lipe lipford lipham lipinski lipka lipke lipkin lipman lipp lippard lippe lippert
lippincott lippman lippold lipps lippy lipscomb lipsey lipski lipsky lipson liptak lipton liquori lira liranzo
lirette liriano lis lisa lisabeth lisandra lisbeth lisboa liscano lise lisenbee lisenby lisette lish lisha
lisi lisk liska lisle lisowski liss lissa lissette list lister liston liszewski lita litchfield litchford
litherland litke litman litt littell litten litteral little littlefield littlejohn littlepage littler littles
littleton littlewood littman litton littrell litvak litvin litwiller litwin litz litzenberger litzinger liu
liudmila liv livas lively livengood liverman livermore liverpool livers livesay livesey livia livingood
livings livingston livingstone livsey liwanag liz liza lizabeth lizama lizana lizaola lizardi lizardo
lizarraga lizbeth lizcano lizeth lizette lizotte lizzette lizzie llamas llanas llanes llano llanos llerena
llewellyn llorens llorente lloyd lo loa loaiza loan loar loayza lobato lobaugh lobb lobban lobdell lobel
lobello loberg lobianco lobo lobos lobue locascio locastro loch locher lochner locicero lock lockaby lockamy
lockard locke locker lockett lockey lockhart locklear lockley locklin lockman lockner lockridge locks lockwood
lococo lodato loden loder lodes lodge loe loeb loeber loeffelholz loeffler loehr loera loesch loescher loeser
loew loewe loewen loeza lofaro loffay loffredo lofgren lofland loflin lofquist loftin loftis lofton loftus
logan loggins logiudice lograsso logsdon logston logue logwood loh lohman lohmann lohmeyer lohnes lohr lohse
loi loiacono loida lois loise loiseau loiselle loja lok loken lokey lokken lola lolita lollar lolley lollis
loma loman lomas lomax lomba lombard lombardi lombardo lombera lomeli lomonaco lon lona loncar londa london
londono lone lonergan lones loney long longacre longbrake longe longenecker longest longfellow longhurst
longino longley longman longmire longmore longnecker longo longobardi longoria longshore longstreet longstreth
longsworth longtin longwell longworth loni lonna lonnie lonny lonon lonsdale loo looby look looker looman
loomis looney loop looper loor loos loose lopata loper lopera lopes lopez lopezcruz lopezgarcia lopezgomez
lopezgonzalez lopezhernandez lopezlopez lopezmartinez lopezperez lopezramirez lopezrodriguez lopezsanchez
lopiccolo lopp lopresti lopyrev lor lora lorah loraine loralee lorance loranger lorber lorch lord lorden lords
lore lorean loredo loree loreen lorelei loren lorena lorenc lorence lorene lorenson lorentz lorentzen lorenz
lorenza lorenzana lorenzen lorenzi lorenzo loreta loreto loretta lorette lori loria loriann lorick lorie
lorilee lorimer lorina lorinda lorine loring lorio loris lorita lorna lorraine lorretta lorri lorriane lorrie
lorrine lortie lorton lortz lorusso lory los losada losano losch loschiavo lose losee losey losh losito losoya
loss loth lothrop lotito lotspeich lott lotter lottie lotts lotz lou louann louanne loucks loud louden louder
louderback loudermilk loudin loudon louella louetta lougee lough loughlin loughman loughran loughrey
loughridge loughry louie louis louisa louise louissaint louk louks lounsberry lounsbury loupe louque loura
lourdes loureiro lourenco lourie louthan louvenia louviere loux lovan lovas lovato love loveall loveday
lovegrove lovejoy lovelace lovelady loveland loveless lovell lovella lovely loven lovera loverde loveridge
lovering lovern lovett lovetta lovette lovick lovie lovin loving lovingood lovings lovins lovitt lovo lovvorn
low lowden lowder lowe lowell lowen lowenstein lowenthal lower lowers lowery lowes lowman lown lowney lowrance
lowrey lowrie lowry lowther lowy loy loya loyce loyd loyer loyola loza lozada lozano lozier lozoya lu lua
luallen luan luana luann luanna luanne luba lubas lubben lubbers lubeck luber lubin lubinski lubrano luby luc
luca lucarelli lucas lucatero lucca lucchese lucchesi lucci luce lucena lucente lucero lucey luchini
luchsinger lucht luci lucia luciana luciani luciano lucido lucie lucien lucienne lucier lucila lucile lucilla
lucille lucina lucinda lucio lucious lucius luck lucke luckenbill luckett luckey luckie lucky lucrecia
lucretia lucus lucy luczak ludden ludeman ludie ludington ludivina ludlam ludlow ludlum ludtke ludwick ludwig
ludy lue luebbe luebbers luebbert luebke lueck luecke lueders luedke luedtke lueken luella luellen luera
lueras lueth luetta luevano luevanos luff luffman lufkin luft lugar luger lugo luhman luhrs lui luigi luis
luisa luise luisi luiz lujan lujano luk luka lukacs lukas lukasiewicz lukasik lukasz luke lukehart luken
lukens luker lukes lukic lukowski lula lule lull lulu lum luman lumbreras lumley lummus lumpkin lumpkins
lumsden lun luna lunceford lund lundahl lunday lundberg lundblad lunde lundeen lundell lundgren lundin
lundmark lundquist lundstrom lundy lung lunger lunn lunsford lunt luo luoma luong luongo lupe luper lupercio
lupi lupian lupien lupita lupo luppino lupton luque luquin lura lurie lurlene lurline lurry lusardi lusby luse
lush lusher lusk lussier lust luster lustig lute luter lutes lutgen luth luther luthi luthy lutman luton
lutter lutterman lutton luttrell lutz luu luvenia luviano lux luy luz luzader luzier luzzi lwin ly lyall
lybarger lybrand lyda lyday lyde lyden lydia lydic lydick lydon lyell lyerly lyford lyke lykes lykins lyla
lyle lyles lyman lymon lyn lynam lynch lynd lynda lynde lyndia lyndon lyndsay lyndsey lyne lynell lynelle
lynes lynetta lynette lynk lynn lynna lynne lynnette lynsey lynwood lyon lyons lytle lyttle lytton lyvers là
léon lópez m'a m'en maack maag maahs maarten maas maass maassen mabe mabee mabel mabelle maben maberry mabery
mabey mabie mable mabon mabrey mabry mac macaluso macaraeg macareno macari macario macarthur macaulay macauley
macbeth macbride maccallum maccarone macchia macconnell macdonald macdonell macdonnell macdougall macdowell
mace maceachern maceda macedo macedonio macek macey macfarland macfarlane macgillivray macgregor mach macha
machacek machado machelle machen machin machorro machuca macias macie maciejewski maciel macinnes macinnis
macintosh macintyre macisaac maciver maciá mack mackall mackay macke macken mackenzie mackey mackie mackiewicz
mackin mackinnon mackintosh mackley macklin macko mackowiak maclachlan maclaren maclaughlin maclean maclellan
maclennan macleod maclin macmaster macmillan macnamara macnaughton macneil macneill macomber macon macphail
macphee macpherson macquarrie macqueen macrae macri macwilliams macy madalene madaline madalyn madamba madan
madani madar madara madariaga maday maddalena madden maddie madding maddix maddock maddocks maddox maddux
maddy madeira madej madelaine madeleine madelene madeline madelyn mader madera madere madero madewell madge
madie madigan madill madison madkins madlock madlyn madonia madonna madore madriaga madrid madrigal madril
madriz madruga madry madsen madson madueno madura maduro mae maeda maeder maegan maes maese maestas maestre
maestri maez mafalda maffei maffeo maffett magadan magalhaes magali magallan magallanes magallon magaly magan
magana magar magaret magat magby magda magdalen magdalena magdalene magdaleno magee magen mager magers mages
maggard maggart maggi maggie maggio maggiore maggs magid magiera magill magin maginnis maglio maglione
magloire magnan magnani magner magness magno magnolia magnotta magnus magnuson magnussen magnusson magoon
magri magro magruder maguire magwood magyar mah mahabir mahadeo mahaffey mahaffy mahajan mahal mahalia mahan
mahaney mahar maharaj mahdi maher maheshwari maheu mahl mahle mahler mahlum mahmood mahmoud mahmud mahn mahnke
mahnken mahon mahone mahoney mahony mahood mahr mahurin mai maia maida maiden maiello maier maiers maietta
maile mailhot maillet mailloux maimone main maina maine maines mainor mains mainville maio maiorana maiorano
mair maira maire mairena mais maisano maisch maisel maisha maisie maison maisonet maitland maize majano
majchrzak majeed majerus majeski majette majewski majid majka major majorie majors majumdar mak makar makeda
makela makepeace maker maki makin makowski makris makuch malacara malachi malachowski malagon malak malan
maland malanga malarkey malatesta malave malay malbrough malchow malcolm malcom malcomb maldonado male malec
malecha malecki malek malena malenfant males maleski maley malhi malhotra malia malick malicki malicoat malik
malika malin malina malinda malinowski malisa malissa maliszewski malizia malka malkin malkowski mall malla
mallard mallari mallen mallery mallet mallett mallette malley mallia mallick mallie mallin mallo mallon
mallonee mallory mallow malloy mallozzi mally malm malmberg malmgren malmquist malmstrom malo malone maloney
maloof malorie malott malouf maloy malpass malpica malson malta maltby maltese maltez malthe maltos maltz
malveaux malvina maly mam mamaril mamie mammen mammie mamo man man's mana manahan manalang manalo manansala
manasco manbeck mance mancebo mancera mancha manchester mancia mancil mancilla mancillas mancinas mancinelli
mancini mancino manco mancuso manda mandal mandarino mandel mandelbaum mandell manders mandeville mandi mandie
mandigo mandrell mandujano mandy maner manes maness maney manfre manfredi mang mangal mangan manganaro
manganello manganiello mangano mangat mangels manger manges mangham mangiaracina mangin mangini mangino
mangione mango mangold mangone mangrum mangual mangum mangus manhart mani maniaci manie manier manigault
manigo manion manis maniscalco manjarrez mank manka manke manker mankin mankins manko mankowski manley manlove
manly mann manna mannan mannarino manner manners manney manni manning mannings mannino mannion mannix manno
mannon manns manny mano manon manor manos manoukian manring manrique manriquez manry mans mansaray manseau
mansell manser mansfield manship mansilla manske mansker manso manson mansoor mansour mansur mantel mantell
manthe manthei manthey mantia mantilla mantle manton mantooth mantz manu manual manuel manuela manukyan manus
manville manwaring manwarren many manygoats manz manzanares manzanarez manzano manzella manzer manzi manzo mao
mapes maple maples mapp maqueda mar mara marable maradiaga maragaret maragh maragret maraj maranda marano
maranto maras marasco marasigan maravilla marbach marban marble marburger marbury marbut marc marcano
marcantel marcantonio marceau marceaux marcel marcela marcelene marcelin marcelina marceline marcelino marcell
marcella marcelle marcellino marcello marcellus marcelo marcene march marchan marchand marchant marchbanks
marchelle marchena marchese marchetti marchi marchione marchman marci marcia marcial marciano marcie marcil
marcin marciniak marcinko marcinkowski marcks marco marconi marcos marcott marcotte marcoux marcucci marcum
marcus marcy marczak mardell marden marder mardis maredia marek marella maren marenco marengo mareno marentes
mares maresca maresh marez marg margaret margareta margarete margarett margaretta margarette margarita
margarite margarito margart marge margene margeret margert margerum margery margeson marget margherita margie
margiotta margit margo margolies margolin margolis margorie margot margret margrett marguerita marguerite
margulies margurite margy marhta mari maria mariah mariam marian mariana marianela mariani mariann marianna
marianne mariano maribel maribeth marica maricela marich maricle maricruz marie mariel mariela mariella
marielle marietta mariette mariko marilee marilou marilu marilyn marilynn marin marina marinaccio marinaro
marinda marine marinelli marinello mariner marines marinez maring marini marino marinos marinucci mario marion
mariotti maris marisa mariscal marisela marisha marisol marissa marita maritza marivel marjorie marjory mark
markarian markee markel markell marker markert market marketta markey markgraf markham markiewicz markin
markita markland markle markley markman marko markos markov markovic markovich markovitz markowitz markowski
marks marksberry markum markus markwardt markwell marla marlana marlar marlatt marleen marlen marlena marlene
marler marlett marlette marley marlin marline marling marlo marlon marlow marlowe marlyn marlys marmo marmol
marmolejo marmolejos marmon marna marnell marney marni marnie maron marone maroney maroon marotta marple
marquardt marquart marquerite marques marquess marquetta marquette marquez marquina marquis marquita marquitta
marr marra marren marrero marriner marriott marris marro marrocco marron marrone marroquin marrow marrs
marrufo marrugo marrujo marry mars marsala marsch marschall marsden marsee marseille marsella marsh marsha
marshall marshburn marshman marsico marson marsteller marston marszalek marta marte martel martell martella
martelli martello marten martens martes marth martha marthaler marti martin martina martindale martindelcamp
martine martineau martinek martinelli martines martinez martinezcruz martinezgarcia martinezhernan
martinezlopez martinezmartin martinezperez martini martino martins martinsen martinson martir martirosyan
martis marton martone martorana martorano marts martucci marty martyn martz martín martínez maruca marucci
marulanda maruska maruyama marva marvel marvella marvin marvis marx mary marya maryalice maryam maryann
maryanna maryanne marybelle marybeth maryellen maryetta maryjane maryjo maryland marylee marylia marylin
maryln marylou marylouise marylyn marylynn maryrose marz marzan marzano marzec marzo marzolf marzullo maría
mas masako masaru mascarenas mascarenhas mascari mascaro maschino masci mascia mascolo mascorro mase masek
masella maselli maser mash mashburn masi masias masiello masih masino mask maske maskell masker maslanka
maslowski mason masone masoner masood masoud masri mass massa massaquoi massari massaro masse massenburg
massengale massengill masser massey massi massie massingale massingill massman masso masson massoud mast
mastandrea masteller masten master masters masterson mastin maston mastrangelo mastro mastroianni mastronardi
mastropietro masucci masuda mata matamoros matar matarazzo matarese matas matchett mate mateen mateer matejka
mateo mateos matera mateus matha mathai mathe matheis mathena matheney matheny mather matherly matherne
mathers mathes matheson matheus mathew mathews mathewson mathey mathias mathies mathiesen mathieson mathieu
mathilda mathilde mathis mathisen mathison mathur mathurin matias matilda matilde matin matis matkin matlack
matlock matney mato matos matousek matranga matson matsuda matsui matsumoto matsumura matsunaga matsuo
matsuoka matsuura matt matta matte mattei matteo matter mattera mattern mattes matteson matteucci mattheeuw
matthes matthew matthews matthias matthies matthiesen matthis matthys matti mattia mattice mattie mattila
mattingly mattioli mattis mattison mattix mattocks mattoon mattos mattox mattson matty matula maturino maturo
matus matuska matuszak matuszewski matute matyas matz matzen matzke matías mau mauch mauck maud maude maudie
maudlin mauer mauger maughan mauk maul mauldin maule maull maultsby mauney maung maupin maura maureen maurer
mauri maurice mauricio mauriello maurin maurine maurita maurizio mauro maury maus mauser maust mauza mauzy
maves mavis maw mawhinney mawyer max maxam maxey maxfield maxie maxim maxima maximina maximo maxine maxon
maxson maxwell may maya maybee maybell maybelle mayberry maybin maycock maye mayeaux mayeda mayen mayer mayers
mayes mayeux mayfield mayhall mayhan mayhew mayhue mayhugh mayle mayme maynard mayne maynes maynor mayo mayola
mayon mayor mayoral mayorga mayorquin mayotte mayr mayra mays mayse maysonet mayton mayur mayville mayweather
maza mazariego mazariegos maze mazer maziarz mazie mazo mazon mazur mazurek mazurkiewicz mazyck mazza mazzara
mazzarella mazzei mazzella mazzeo mazzola mazzone mazzoni mazzotta mazzuca mbappe mcabee mcadam mcadams mcadoo
mcadory mcafee mcaleer mcalexander mcalister mcallister mcaloon mcalpin mcalpine mcamis mcanally mcandrew
mcandrews mcaninch mcanulty mcardle mcarthur mcatee mcateer mcauley mcauliffe mcavoy mcbain mcbean mcbeath
mcbee mcbeth mcbrayer mcbride mcbrien mcbroom mcbryde mcburnett mcburney mccaa mccabe mccafferty mccaffery
mccaffrey mccahill mccaig mccain mccaleb mccalister mccall mccalla mccallie mccallion mccallister mccallum
mccambridge mccamey mccammon mccampbell mccance mccandless mccane mccanless mccann mccanna mccannon mccants
mccardell mccardle mccargo mccarley mccarrell mccarren mccarrick mccarroll mccarron mccarson mccart mccartan
mccarter mccarthy mccartin mccartney mccarty mccarver mccarville mccary mccaskey mccaskill mccasland mccaslin
mccaughey mccaul mccauley mccaulley mccausland mccaw mccawley mccay mcchesney mcchristian mcclafferty mcclain
mcclaine mcclam mcclanahan mcclane mcclaran mcclard mcclaren mcclary mcclaskey mcclatchey mcclay mcclean
mccleary mccleery mccleese mcclellan mcclelland mcclenahan mcclendon mcclenny mcclenton mccleskey mcclintic
mcclintock mcclinton mcclish mccloskey mccloud mccloy mccluney mcclung mcclure mcclurg mcclurkin mccluskey
mcclusky mccoin mccolgan mccoll mccollam mccolley mccollister mccollom mccollough mccollum mccomas mccomb
mccombs mcconaghy mcconico mcconkey mcconnaughey mcconnel mcconnell mcconville mccook mccool mccord mccorkle
mccormack mccormick mccorry mccorvey mccotter mccourt mccowan mccowen mccown mccoy mccracken mccrady mccrae
mccraney mccranie mccrary mccraw mccray mccrea mccready mccreary mccree mccreery mccreight mccright mccrimmon
mccrone mccrorey mccrory mccroskey mccrum mccubbin mccubbins mccue mccuen mccuin mccuistion mccuiston
mccullagh mccullah mccullar mccullen mccullers mcculley mcculloch mccullough mccullum mccully mccumber mccune
mccurdy mccurley mccurry mccusker mccutchan mccutchen mccutcheon mcdade mcdaid mcdanel mcdaniel mcdaniels
mcdaris mcdavid mcdermid mcdermott mcdevitt mcdill mcdole mcdonagh mcdonald mcdonell mcdonnell mcdonough
mcdorman mcdougal mcdougald mcdougall mcdougle mcdow mcdowall mcdowell mcduff mcduffee mcduffie mcduffy
mceachern mceachin mcelderry mceldowney mcelfresh mcelhaney mcelhannon mcelheny mcelhiney mcelhinney
mcelligott mcelmurry mcelrath mcelreath mcelroy mcelvain mcelveen mcelwain mcelwee mcelyea mcenaney mcenery
mcenroe mcentee mcentire mcentyre mceuen mcevers mcevoy mcewan mcewen mcfadden mcfaddin mcfadyen mcfall
mcfalls mcfann mcfarland mcfarlane mcfarlin mcfarling mcfarren mcfaul mcfee mcfeely mcferren mcferrin
mcfetridge mcgaha mcgahan mcgahee mcgahey mcgalliard mcgann mcgarity mcgarr mcgarrah mcgarrity mcgarry
mcgarvey mcgary mcgaugh mcgaughey mcgaughy mcgaw mcgeary mcgee mcgeehan mcgehee mcgeorge mcgettigan mcghee
mcghie mcgibbon mcgill mcgillicuddy mcgillis mcgillivray mcgilvray mcginley mcginn mcginness mcginnis mcginty
mcgirr mcgirt mcgivern mcgivney mcglade mcglamery mcglasson mcglaughlin mcglinchey mcgloin mcglone mcglothin
mcglothlin mcglynn mcgoldrick mcgonagle mcgonigal mcgonigle mcgough mcgovern mcgowan mcgowen mcgown mcgrady
mcgrail mcgranahan mcgrane mcgrath mcgraw mcgreal mcgreevy mcgregor mcgrew mcgriff mcgroarty mcgrory mcgruder
mcguckin mcguffey mcguffin mcguigan mcguiness mcguinn mcguinness mcguire mcguirk mcgurk mcgurn mchale mchan
mchaney mchargue mchenry mchone mchugh mcilrath mcilroy mcilvain mcilvaine mcilwain mcinerney mcinnes mcinnis
mcintire mcintosh mcinturff mcintyre mcisaac mciver mcivor mcjunkin mcjunkins mckaig mckain mckamey mckane
mckay mckeague mckean mckechnie mckee mckeehan mckeel mckeen mckeever mckeithan mckeithen mckellar mckeller
mckelvey mckelvie mckelvy mckendree mckendrick mckendry mckenna mckenney mckenny mckenzie mckeon mckeown
mckernan mckey mckibben mckibbin mckie mckiernan mckillip mckillop mckim mckinlay mckinley mckinney mckinnie
mckinnis mckinnon mckinsey mckinstry mckinzie mckissack mckissick mckitrick mckittrick mckiver mcknight mckown
mckoy mckune mclachlan mclain mclamb mclane mclaren mclarty mclaughlin mclaurin mclawhorn mclean mclees
mcleish mclellan mclelland mclemore mclendon mclennan mcleod mcleroy mclin mcloud mcloughlin mclucas mcmackin
mcmahan mcmahon mcmains mcmakin mcmanaman mcmanaway mcmanigal mcmanis mcmann mcmanus mcmartin mcmaster
mcmasters mcmath mcmeans mcmeekin mcmenamin mcmenamy mcmichael mcmickle mcmillan mcmillen mcmiller mcmillian
mcmillin mcmillion mcmillon mcminn mcmonagle mcmorris mcmorrow mcmullan mcmullen mcmullin mcmunn mcmurphy
mcmurray mcmurry mcmurtrey mcmurtrie mcmurtry mcnab mcnabb mcnair mcnall mcnally mcnamara mcnamee mcnary
mcnatt mcnaught mcnaughton mcnay mcneal mcnealy mcnear mcneece mcneel mcneeley mcneely mcnees mcneese mcneil
mcneill mcneilly mcnelis mcnellis mcnelly mcnemar mcnerney mcnett mcnew mcnichol mcnicholas mcnichols mcnicol
mcniel mcniff mcninch mcnish mcnitt mcnulty mcnutt mcomber mcpartland mcpeak mcpeek mcpeters mcphail mcphatter
mcphaul mcphearson mcphee mcpheeters mcpheron mcpherson mcphillips mcpike mcquade mcquaid mcquaig mcquain
mcquarrie mcquay mcqueary mcqueen mcqueeney mcquilkin mcquillan mcquillen mcquinn mcquiston mcquitty mcquown
mcrae mcray mcree mcreynolds mcroberts mcroy mcshan mcshane mcshea mcsherry mcsorley mcspadden mcswain
mcsweeney mctaggart mctague mctighe mctigue mcvay mcveigh mcvey mcvicar mcvicker mcwaters mcwherter mcwhirter
mcwhite mcwhorter mcwilliams meacham meachum mead meade meader meaders meador meadors meadow meadows meads
meagan meaghan meagher mealer mealey meals mealy meaney means meany meares mears meas mease meaux meawad
mebane mecca mech mecham meche mechelle mechling meck meckes mecklenburg meckley mecum meda medcalf medders
medearis medeiros medel medellin medema meder medero mederos medford medici medina medlen medler medley medlin
medlock medrano medsker medved mee meece meegan meehan meek meeker meekins meeks meer meers mees meese meetze
mefford meg megan meggan megginson meggs meghan meghann megia megill megna meh mehaffey mehan mehdi mehl
mehler mehling mehmedovic mehmood mehr mehra mehring mehringer mehrotra mehta mei meidinger meier meiers
meighan meigs meikle meinders meinecke meinen meiners meinert meinhardt meininger meinke meints meis meisel
meisels meisenheimer meiser meisinger meisner meissner meister meixner mejia mejias mejorado mekonnen mel
melaine melamed melancon meland melander melani melania melanie melanson melany melara melba melbourne melby
melcher melchert melchior melchiorre melchor melda melder meldrum mele melecio melena melendez melendrez
melendy melero melfi melgar melgarejo melgoza melhorn meli melia melick melida melillo melin melina melinda
melisa melissa melissia melita melito melius melkonian mell mella mellado mellema mellen meller mellie mellin
melling mellinger mellisa mellissa mello mellon mellor mellott melnick melnik melnyk melo meloche melodee
melodi melodie melody melone meloni melonie melony meloy melrose melson melton meltzer melva melville melvin
melvina melynda melzer membreno memmott memon men mena menan menard menchaca mencia mende mendel mendell
mendelsohn mendelson mendenhall mendes mendez mendieta mendiola mendivil mendizabal mendola mendonca mendosa
mendoza mendy menefee menendez meneses menezes meng menge mengel menges mengesha mengistu menjivar menke menna
menne mennella menning meno menon menor mensah mensch menser mensing menter mentor mentz mentzer menz menzel
menzer menzie menzies meo meola mera meraz mercadante mercado merced mercedes mercedez mercer merchan merchant
mercier merck mercure mercuri mercurio mercy meredith merenda merfeld mergen meri merica mericle merida
merideth meridith merilyn merino merissa meritt meriweather meriwether merk merkel merker merkle merkley merle
merlene merlin merlino merlo merlos merlyn mermelstein merna mero merola merrell merri merriam merrick
merricks merrie merrifield merrigan merrilee merrill merriman merritt merriweather merrow merry merryman
mersch mershon merson merten mertens mertes mertie mertz mervin merwin meryl merz mesa mesaros mescher meserve
meservey mesfin meshell meshesha mesick mesidor mesina mesko mesmer mesquita messenger messer messerly
messerschmidt messersmith messick messier messina messineo messing messinger messman messmer messner mesta
mestas mester mestre meszaros meta metayer metcalf metcalfe metellus metheny methvin metivier metoyer metro
mette mettler metts metz metzgar metzger metzinger metzler metzner meunier meurer meuse mewborn mexicano mey
meyer meyerhoff meyers meyerson meza mezo mi mia miah mian miano miao mica micaela micah micallef micciche
micek miceli micha michael michaela michaele michaelis michaels michaelsen michaelson michal michalak michale
michalec michalek michalik michalowski michalski michaud michaux micheal michel michele micheletti michelina
micheline michell michelle michels michelson michener michie michiko michon mick mickel mickelsen mickelson
mickens mickey micki mickie mickle mickler mickles mickley middaugh middendorf middlebrook middlebrooks
middleton midgett midgette midgley midkiff mieczkowski miedema miele mielke mier miera miers mierzejewski
mierzwa mies miesha miesner mifflin mifsud migdalia migliaccio migliore mignogna mignon mignone miguel
miguelina migues miguez mihalek mihalik mihalko mihelich mihm mijangos mijares mika mikaela mike mikel mikell
mikels mikes mikesell mikeska mikhail miki mikita mikkelsen mikkelson mikki miklos miko mikolajczak
mikolajczyk mikos mikrut mikula mikulski mikus mila milagro milagros milam milan milanes milani milano milas
milazzo milbourn milbrandt milburn milby milda mildred miler miles mileski milewski miley milford milhoan
milholland milhouse milian milissa militello milito milke milks mill milla millage millan millar millard
millay milledge millen millender miller millet millett millette millhouse millican millicent millie millien
milligan millikan milliken millikin milliman milliner milling millington million milliron millis millman
millner mills millsap millsaps millspaugh millward millwood milly milne milner milnes milo milone milord milos
milovidov milroy milsap milstead milstein miltenberger milton mimbs mimi mimms mims min mina minahan minami
minard minardi minarik minasian minassian minasyan minaya mincey minch minchala minchew mincks mincy minda
minder mindi mindy minear mineo miner minero minerva minervini mines ming minger mingle mingo mings mingus
minh minhas miniard minich minick minier minix minjares minjarez mink minkler minks minna minner minney
minnich minnick minnie minniear minniefield minnifield minnis minniti minnix minns mino minogue minor minott
minshall minshew minsky minson minster minta minter minto minton mintz mintzer minus minyard miquel mir mira
mirabal mirabella mirabile miracle miraglia miramontes miranda mire mireille mireles mirelez mirella mires
mireya miriam mirian mirna miro miron miroslav mirsky mirta mirtha mirza misch mischke mischler misener
misenheimer miser mish misha mishler mishoe mishra misiak miska miskell misko misner misra miss missy mister
misti mistie mistretta mistry misty misuraca mitch mitcham mitchel mitchell mitchem mitchener mitchner mitchum
miti mitra mitsue mitsuko mittal mittelman mittelstadt mittelstaedt mitten mittie mitton mitts mitzel mitzi
mitzie miura mix mixon mixson miyake miyamoto miyasato miyashiro miyazaki miyoko mize mizell mizelle mizer
mizrahi mizuno mizzell mkrtchyan mo moad moak moan moates moats mobbs moberg moberly mobley moccia moceri mock
mockler moctezuma moczygemba mode modesta modeste modesto modglin modi modica modisette modlin mody
modzelewski moe moehring moeller moen moench moes moffa moffat moffatt moffet moffett moffit moffitt mogan
mogavero mogensen mogg moguel mohabir mohamad mohamed mohammad mohammadi mohammed mohamud mohan mohanty
mohiuddin mohl mohler mohn mohney mohr mohrman mohrmann mohs mohsin moilanen moir moira moise moises mojarro
mojica mok mol mola molano molden moldenhauer molder moldovan mole molen molenda moler moles molin molina
molinar molinari molinaro moline molino molitor molkova moll molla molle moller mollet mollett mollica mollie
mollo mollohan molloy molly molnar molock moloney molter molton molyneaux molyneux mom moman momartin momin
mon mona monacelli monaco monaghan monahan monarrez moncada moncayo monceaux moncivais moncrief monday monde
mondello mondesir mondor mondragon monds mondy mone monegro monell mones monet monette money moneymaker
moneypenny monfort mong mongan monge mongeau mongelli mongeon monger mongillo mongold monhollen monica monico
monier monika monique moniz monjaras monjaraz monje monk monks monn monnie monnier monnin monreal monroe
monroy monrreal monrroy monsalve monsanto monsen monserrate monsivais monson monsour montag montagna montague
montalban montalbano montalbo montalto montalvan montalvo montana montanari montanaro montanez montano
montante montanye montas monte monteagudo montealegre montecalvo montecinos montefusco monteiro monteith
montejano montejo montel monteleone montellano montelongo montemayor montenegro monteon monter montero
monterrosa monterroso monterroza montes montesano montesdeoca montesino montesinos monteverde montez montford
montfort montgomery monti montiel montijo montilla montour montoya montrose montross montroy monts montufar
monty montz monzo monzon moo mood moodie moody mooers moog mook mookie moomaw moomey moon mooney mooneyham
mooneyhan moor mooradian moore moorefield moorehead moorer moores moorhead moorhouse mooring moorman moors
moos moose moots mootz moquin mor mora morabito morace moradi morado moraes moraga morais moral morales
moralez moran morano morant morante morataya moravec morawski mordecai morden more more'n morea moreau moree
morefield morehart morehead morehouse moreira morejon morel moreland morell morelli morello morelock morelos
morena morency moreno morera moret moreta moreton moretti moretz morey morfin morford morga morgado morgan
morganti morgenstern mori moriah moriarity moriarty morici morikawa morillo morimoto morin moring moris
morison morissette morita moritz mork morken morlan morland morley morlock morman morneau morning morningstar
moro morocho moron morones moroney moronta moroz morphew morphis morquecho morr morra morreale morrell morrill
morrin morris morrisette morrisey morrison morriss morrissette morrissey morrone morrow morse mort mortensen
mortenson mortimer mortimore morton morua morvant mosby mosca moscato moschella mosco moscoso mose moseley
mosely moseman moser moses moshe mosher moshier mosier moskal moskowitz mosley mosman mosqueda mosquera moss
mossburg mosser mossman mosso most mostafa mosteller mota mote moten motes mothershed motley moton motsinger
mott motta motte motter mottley motto mottola motyka motz mou moua moudy moul mould moulden moulder moulds
moulton moultrie mounce mount mountain mountford mountjoy mounts mountz moura mourad mouradian mourning mousa
mouser moussa mousseau moustafa mouton mouw mouzon mowatt mowbray mowen mower mowers mowery mowrer mowrey
mowry moxley moy moya moyano moye moyer moyers moyes moylan moyle moynihan mozee mozell mozella mozelle
mozingo mozo mraz mroczek mroz mrozek mrozinski mu mubarak mucci mucha muchow muck mudd mudge mudgett
muehlbauer muela mueller muench muff mughal muha muhammad muhammed muhlenkamp muhr muhs mui muilenburg muir
muirhead muise mujica mukai mukherjee mukhtar mulcahey mulcahy mulder muldoon muldowney muldrew muldrow mule
mulero mulford mulgrew mulhall mulhearn mulherin mulhern mulholland mulkern mulkey mull mullally mullaly
mullan mullane mullaney mullarkey mullen mullenax mullendore mullenix mullens muller mullet mullett mullican
mulligan mullikin mullin mullinax mullings mullinix mullins mullis mulloy mulqueen mulrooney mulroy multani
mulvaney mulvey mulvihill muma mumaw mumford mumm mumma mummert mumper mumphrey mumpower mun munar muncey
munch muncie muncy mund munday mundell munden mundo mundt mundy muneton munford munger mungia mungin mungo
munguia munir muniz munk munley munn munnerlyn munns munos munoz munro munroe muns munsch munsell munsey
munshi munson munster munsterman muntean munter muntz munyon munz muoi murad muradyan murai murakami murali
muralles muraoka murata muratalla muratore murawski murch murchison murcia murdaugh murden murdoch murdock
murff murga murguia muriel murillo murley murnane muro murph murphey murphree murphy murr murrah murray
murrell murrey murrieta murrietta murrill murrin murrow murry murtagh murtaugh murtha murthy murza musa
musante muscarella muscat musch muse musgrave musgrove musial music musick musil musketa musleh musselman
musselwhite musser musso musson mustafa mustafayev mustain mustapha mustard mustin musto musumeci muszynski
mutch mutchler muth muto mutschler mutter mutz muzquiz muzzy mwangi my myatt myer myers myesha myhre myint
myler myles mynatt myong myra myre myres myriam myrick myricks myrie myrl myrle myrna myron myrta myrtice
myrtie myrtis myrtle myslinski mysliwiec myung más müller münster na naab naas naber nabi nabor nabors
naccarato nace nachman nachreiner nack nada nadal nadeau nadeem nadel nadene nader nadia nadine nading nadler
nadolny nadolski naeem naegele naff nafziger nagai nagarajan nagasu nagata nagel nagi nagle nagler nagra nagy
nahar nahas nahuel naida naidu naik nail nailor nails naim naing nair nairn naito najar najarian najarro
najaryan najera naji najjar nakagawa nakahara nakai nakajima nakamoto nakamura nakanishi nakano nakashima
nakasone nakata nakayama nakesha nakia nakisha nakita nakoso nalbandian nale nalepa nall nalley nalls nally
nam nambo nan nana nance nancee nancey nanci nancie nancy nanda nanette nanez nangle nannette nanney nanni
nannie nantz naoma naomi napier naples napoleon napoles napoli napolitano napper nappi nappier naquin naqvi
narain naramore narang naranjo narasimhan narayan narayanan narcisa narciso narcisse nard nardella nardelli
nardi nardini nardo nardone narducci narez narine naron narron narvaez nasca nascimento nase naser nash nasir
naso nason nasr nass nassar nasser nassif nast nastasi natacha natal natale natali natalia natalie nataliia
natalya natarajan natasha natashia nate natera nath nathalie nathan nathanael nathanial nathaniel nathanson
nation nations natisha natividad natoli natosha nau naughton naugle naula nault nauman naumann nauta nava
naval navar navarette navarra navarre navarrete navarrette navarro navas nave navedo navejar navejas navia
navin navoiev navratil navruzov nawaz nawrocki nay nayak naylor naz nazaire nazar nazareno nazari nazarian
nazario nazaryan nazir nazzaro ndiaye ne'er neace nead neagle neal neale nealey nealis nealon nealy near
nearing neary neas nease neathery neave neaves nebeker nebel neblett necaise necessary necole ned neda nedd
nedra nedrow nee neeb neece needham needle needleman needles neel neeley neely nees neese neff negash negley
negrete negri negrin negro negron negus neher nehls nehring neice neida neider neidig neidlinger neighbors
neikirk neil neill neilsen neilson neiman neira neis neises neiss neitzel neitzke nelda nelia nelida nell
nella nelle nellie nelligan nellis nelly nelms neloms nelsen nelson nembhard nemec nemecek nemes nemeth nemetz
nemitz nemmers nena nenita neoma neomi nepal nephew nepomuceno neptune nereida neri neria nerio neris nerissa
nero nery nesbit nesbitt nesby nesheim nesler nesmith ness nessa nester nestler nestor neta neth netherland
netherton nethery neto nett netter nettie nettles nettleton netto netzel netzer neu neubauer neuberger neubert
neuenschwander neufeld neugebauer neuhaus neuhauser neuman neumann neumeister neumeyer neumüller neuner
neuroth neuwirth neva nevada nevarez neve nevel nevels nevers neves neveu nevil nevill neville nevills nevin
nevins nevitt nevius new newberg newbern newberry newbill newbold newborn newbrough newburn newbury newby
newcomb newcombe newcome newcomer newell newhall newhard newhart newhouse newkirk newland newlin newlon newman
newmark newnam newport newquist newsham newsom newsome newson newswanger newton newville ney neyland neyman
neyra nez ng nga ngai ngan nghiem ngoc ngu nguy nguyen nguyet nhan ni nia niang niazi nibert niblack niblett
nicasio nicastro niccum nice nicely nichelle nichol nicholas nichole nicholes nicholl nicholle nicholls
nichols nicholson nichter nick nickel nickell nickels nickelson nickens nickerson nicki nickie nicklas
nicklaus nickle nickles nicklow nickolas nickole nickols nicks nickson nicky nico nicodemus nicol nicola
nicolai nicolas nicolasa nicolay nicole nicolette nicoletti nicolini nicoll nicolle nicolosi nicolson nicosia
nicotra nida niday nidia nie niebla nieblas niebuhr niece niedzielski niedzwiecki niehaus niehoff niekamp
nieland nield nielsen nielson nieman niemann niemczyk niemeier niemeijer niemela niemeyer niemi niemiec
nienaber nienhuis nierman nies niese niesen niesha nieto nieves nifong nigel nigh nightingale nigro niitsuma
nijjar niki nikia nikita nikkel nikki nikolai nikole nikolic nikolov nila niland nilda niles nill nilles nilsa
nilsen nilson nilsson nimmer nimmo nimmons nims nin nina nine ninfa ning nino nipp nipper nisbet nisbett nisha
nishat nishi nishida nishikawa nishimoto nishimura nisley nissan nissen nissley niswander niswonger nita nith
nitsch nitsche nitschke nitta nitti nitz niu niven nivens niver niwa nix nixon niznik njie njoku njoroge no
noa noack noah noakes nobbe nobel nobile noble nobles noblett noblin noblitt noboa nobrega nobriga nobuko noce
nocella nocera nock noda nodarse nodine noe noecker noel noelia noell noella noelle noemi noffsinger nofsinger
nofziger noga nogales noggle noguchi nogueira noguera nogueras noguez noh nohemi nokes nola nolan noland
nolasco nold nolden nolder nole nolen noles nolette nolin noll noller nolley nolt nolte nolting noma nomura
nona nong noogler noon noonan noone noor noorani noori nop nora norah norberg norbert norberto norby norcross
nord nordahl nordberg nordby nordeen norden nordgren nordin nordlund nordman nordquist nordstrom nordyke
noreen noren norene norfleet norfolk norgaard norgard norgren noriega noriko norine norkus norling norma
norman normand normandin norment normile norquist norred norrell norris norrod norsworthy north northam
northcott northcutt northern northey northington northrop northrup northup northway norton norvell norville
norwood nosal nosek noss notaro noteboom noto nott nottingham nou nouri nourse nova novacek novack novak
novella novelli novello novelo novick novo novoa novosad novosel novotny novy nový nowack nowacki nowaczyk
nowak nowakowski nowell nowicki nowlan nowland nowlin nowling noy noyes noyola nu nubia nucci nuccio nuckles
nuckolls nuckols nudelman nugent null nulph numbers nunamaker nuncio nunemaker nunes nunez nungaray nunley
nunn nunnally nunnery nuno nur nurse nusbaum nuss nussbaum nute nutt nuttall nutter nutting nuzum nuzzi nuzzo
nwachukwu nwankwo nwosu nyberg nyce nydia nye nygaard nygard nygren nyhus nyla nyland nylander nylund nyman
nyquist nystrom née o'brian o'brien o'callaghan o'connell o'connor o'day o'dell o'donnell o'donoghue o'donovan
o'flaherty o'gorman o'grady o'hanlon o'hara o'hare o'keefe o'keeffe o'leary o'malley o'meara o'neal o'neil
o'neill o'reilly o'rourke o'shaughnessy o'shea o'sullivan o'toole oak oakes oakland oakley oakman oaks oates
oatis oatman oats oaxaca obaid obando obanion obannon obarr obdulia obeid obeng ober oberg oberholtzer
oberlander oberle oberlin oberman obermeier obermeyer obermiller oberry oberst obert obeso obey obi obie
obispo oboyle obrecht obregon obriant obryan obryant obyrne ocain ocampo ocana ocanas ocarroll ocasio
occhipinti ocegueda oceguera ocheltree ochoa ochs ochsner ochtman ocie ocker ocon oconner octavia octavio oda
odaniel odden oddo odea odegaard odegard odeh odelia odell odem oden oder odessa odette odgers odilia odis
odle odoherty odom odoms odowd odriscoll odum odwyer oehler oelke oertel oesterle oestreich oetting ofarrell
ofelia offerman officer offord offutt oflynn ofori ogan ogando oganesyan ogara ogata ogawa ogaz ogbonna ogborn
ogburn ogden ogg ogilvie ogle ogles oglesbee oglesby ogletree ogren oh ohagan ohair ohalloran ohanian ohashi
ohaver ohearn ohern ohl ohler ohlinger ohlsen ohlson ohm ohman ohmer ohrt ohtani oien oiler oja ojala ojeda
ojo oka okada okafor okamoto okamura okane okazaki oke okeke okelley okelly okey okon okonkwo okoro okoye
okubo okumura okun ola olafson olague olah olalde olan olander olano olarte olaughlin olavarria olaya
olberding olcott old oldaker olden oldenburg oldfield oldham oldroyd olds olea olejniczak oleksy olen olene
olenick oler oles olesen oleson oleta olevia olexa olga olgivanna olguin olimpia olin olinda olinger oliphant
oliva olivar olivares olivarez olivarria olivas olive oliveira olivencia oliver olivera oliveras oliveri
oliverio olivero oliveros olivia olivier olivieri olivo olivos oller ollie ollila ollis ollison olmeda olmedo
olmo olmos olmstead olmsted olney oloughlin olsen olson olsson olstad olszewski oltman olveda olver olvera
olympia om oma omahony oman omar omara omega omelia omer omerovic on ona onan onate ondo ondřej oneida oney
ong onie onita onken onley ono onofre onofrio onorato onstad onstott ontiveros oo oommen ooten opal opara
opdahl opdyke opel openshaw opfer opheim ophelia opie opitz oplinger opoku opp oppelt oppenheim oppenheimer
opper opperman oppermann oppong opsahl oquendo oquin oquinn ora oralee oralia oram orange orantes oravec orban
orbe orchard orcutt ord ordaz ordones ordonez ordoyne orduna orduno ordway ore orea orear orefice oregan
oregel oregon orejel orellana orem oren orengo orenstein oretha orf organ orgeron orgill orihuela oriley
oriordan orlandi orlando orloff orlov orlowski orman orme ormiston ormond ormsbee ormsby orndorff ornelas
ornellas orner ornstein orona oropeza oros orosco orosz orozco orpha orr orrantia orrego orrell orrick orrico
orris orrock orsak orsborn orsi orsila orsini orso ort orta ortega ortego ortegon ortez orth ortis ortiz
ortlieb ortman ortmann ortner orton ortuno orum orval orville orvis orwig ory orzechowski orzel osayd osberg
osbon osborn osborne osbourn osbourne osburn osby oscar oscarson osegueda oseguera osei oser osgood oshields
oshima oshiro osiecki osier osinski osler oslund osman osmani osmanovic osmer osmon osmond osmun osmundson
osoekawa osoria osorio osornio osorno osorto osowski ospina ossa ossie ost ostby osteen osten ostendorf oster
osterberg osterhaus osterhoudt osterhout osterloh osterman ostermann ostertag ostler ostlund ostman ostrander
ostrem ostroff ostrom ostroski ostrow ostrowski osuna osvaldo oswald oswaldo oswalt ota otani otano otelia
otero otey otha othman otilia otis otmar otsuka ott ottaviano otte otten otter otterson ottesen otteson otting
ottinger ottley ottman otto otts otwell ou oubre ouderkirk ouellet ouellette ouida ouimet ouimette ouk oum
ours ousley outen outland outlaw outten ouyang ouzts ovalle ovalles ovando over overall overbaugh overbay
overbeck overbey overby overcash overfelt overfield overholser overholt overland overly overman overmyer
overson overstreet overton overturf oviatt oviedo ovitt owais owen owenby owens owensby owings ownbey ownby
owsley owusu oxendine oxford oxley oxner oyama oyer oyervides oyler oyola oyster oza ozaki ozdemir ozell
ozella ozie ozier ozment ozturk ozuna où paar paasch pablo pabon pabst paccione pace pacella pacelli pacetti
pacheco pacifico pacini pack packard packer packett packwood paczkowski padden paddock paden padget padgett
padilla padin padmanabhan padovano padro padron padua paduano padula pae paek paez paff pafford pagaduan pagan
pagani pagano page pagel pagels pages paget paglia pagliaro pagliuca pagnotta pahl pai paige paik paine
painter pair paisley pait paiva paixão paiz pajak pająk pak pakeman pal palacio palacios paladino palafox
palaguachi palau palazzo palazzolo palen palencia palermo paley palin palka palko palla palladino pallante
pallares pallas pallone pallotta palm palma palmateer palmatier palmer palmeri palmerin palmero palmieri
palmira palmisano palmiter palmore palmquist palo palomar palomares palombo palomera palomino palomo palos
pals paluch palumbo pam pamala pamela pamelia pamella pamila pamintuan pamplin pamula pan panadero panameno
panaro pancake panchal pancoast panda pandey pandit pando pandolfi pandolfo pandora panduro pandya pane
panebianco panek panella panepinto panetta pang pangan panganiban pangborn pangburn pangelinan pangilinan
pangle paniagua paniccia panico panjwani pankey panko pankow pankratz pannell pannone pannu panos panozzo
panpakorn pansy pant pantaleo pantaleon pantano panter panther pantoja panton panuco panza panzarella panzer
pao paola paoletti paoli paolillo paolini paolino paolo paolucci paone paonessa papa papadakis papadopoulos
papaleo papas papazian pape papenfuss papin papineau papke papp pappa pappalardo pappas paprocki paquet
paquette paquin par para parada paradis paradise paradiso paramo paramore paras parcell parchman parchment
pardee pardi pardini pardo pardon pardue pare paredes paredez pareja parekh parent parente parenteau parenti
parfait parfitt parga pargas parham parikh parillo paris parise pariseau parish parisi parisien park parke
parker parkerson parkes parkey parkhill parkhurst parkin parkins parkinson parkison parkman parks parlier
parlin parma parman parmar parmelee parmenter parmentier parmer parmeter parmley parnell parnes paro parodi
parr parra parrales parramore parras parrella parrett parrilla parrillo parrinello parrino parris parrish
parrott parry parsell parshall parsley parson parsons partain partee parten parthasarathy parthenia particia
partida partin partington partlow parton partridge partyka parveen parvin parziale parzych pascal pascale
pascarella pasch paschal paschall pasche paschke pasco pascoe pascua pascual pascucci pasek pasha pasillas
pasion pasko pasley pasquale pasquariello pasquini pass passalacqua passarella passarelli passaro passero
passey passman passmore paster pasternak pastor pastore pastorius pastra pastrana pastrano pasty pat patane
patch patchell patchen patchett patchin pate patel patenaude pater paterno paternoster paternostro paterson
pates pathak patience patil patillo patin patino patlan patnaude patnode pato paton patria patrica patrice
patricia patricio patrick patridge patrina patron patrone patsy patt pattee patten patterson patteson patti
pattie pattillo pattison patton patty patz patzer pau paucar paugh paul paula paulding paule paulene paules
pauletta paulette pauley pauli paulin paulina pauline pauling paulino paulita paulk paull paulo paulos pauls
paulsen paulson paulus pauly paustian pautz pavao pavek pavel pavelka pavey pavia pavlak pavlicek pavlick
pavlik pavlov pavlovic pavlovich pavon pavone paw pawar pawlak pawley pawlicki pawlik pawlikowski pawloski
pawlowski paxson paxton paxtor pay payan payano paye payer payette paylor payment payne paynter payson payton
paz pazmino pazos pea peabody peace peach peacher peachey peacock peaden peagler peak peake peaks peal pearce
pearcy pearl pearle pearlene pearlie pearline pearlman pearlstein pearly pearman pearsall pearse pearson peart
pease peaslee peasley peat peavey peavler peavy peay pech pecha pechacek pecina peck peckham pecor pecora
pecoraro peddicord peden pedersen pederson pedigo pedley pedone pedraza pedregon pedrick pedro pedrosa pedroso
pedroza peebles peed peek peel peele peeler peeples peer peery peet peete peeters peets peetz peevy peffer peg
pegg peggie peggy pegram peguero pegues pehl pehrson pei peifer peiffer peil peinado peine peirce peixoto
pekar pekarek pelaez pelayo pelc pelchat pelfrey pelham pelkey pell pelland pelle pellegrin pellegrini
pellegrino peller pellerin pellerito pelletier pelley pellicano pellman pellot peloquin pelosi pelt peltier
pelto pelton peltz peluso pelz pelzel pelzer pemberton pembroke pen pena penafiel penaflor penalosa penaloza
penaranda penate penberthy pence pendarvis pendell pendelton pender pendergast pendergraft pendergrass
pendergrast pendleton pendley pendry penelope penfield penfold peng pengyu penick penix penland penley penman
penn penna pennebaker pennell penner penney penni pennie penniman penning pennington pennisi pennix pennock
penny pennypacker pennywell penrod penrose penry penson penta pentecost penton pentz penuelas penwell peoples
pepe peper pepin pepitone peplinski peppard pepper peppers pepple pequeno pera perales peralez peralta peraza
percell percival percle percy perdew perdomo perdue perea pereda peredo peregoy peregrina peregrino pereida
pereira perelman perera peres peretti peretz pereyra perez perezcruz perezgarcia perezgonzalez perezhernandez
perezlopez perezmartinez perezperez perezramirez perezrodriguez perezsanchez perfetti perfetto pergola perham
peri perich perigo perillo perin perine perini perino perkey perkins perkinson perko perkowski perks perl
perla perlman perlmutter perlow perlstein perman permenter perna pernell pernice pero perona perone perotti
perras perrault perreault perreira perret perrett perretta perri perricone perrier perrigo perrin perrine
perrino perritt perro perron perrone perrotta perrotti perry perryman persad persaud pershing persico persing
persinger persky person persons persson peru perugini perz pesantez pescador pescatore pesce pesch peschel
pesek pesina pesqueira pesta pestana pester pete peter peterka peterkin peterman petermann peters petersen
petersheim peterson petillo petion petit petite petitfrere petithomme petito petitt petra petrarca petras
petre petree petrella petrey petri petrich petrick petrie petrik petrilli petrillo petrin petrina petrini
petrino petro petrocelli petroff petrone petronila petropoulos petros petrosino petroski petrosky petrosyan
petrov petrovic petrovich petrowski petrucci petrucelli petrus petruska petruzzelli petruzzi petry petsch
petsche pett petta pettaway pettengill pettersen petterson pettet petteway pettey petti pettibone pettie
petties pettiford pettigrew pettijohn pettinato pettinger pettis pettit pettitt pettry pettus pettway petty
pettyjohn petway petz petzold peugh peveto pevey pew pewitt peyton pfaff pfannenstiel pfarr pfau pfeffer
pfeifer pfeiffer pfeifle pfeil pfenning pfingsten pfister pfleger pflueger pflug pfluger pflum pfohl pfund pha
phaidon phair phalen pham phan phaneuf phanfone phang phares pharis pharo pharr pharris phebe phebus phegley
phelan phelps phenix phibbs phifer phil philbeck philbin philbrick philbrook philhower philip philipp philippe
philippi philipps philips phillip phillippe phillippi phillips phillipson phillis philo philogene philomena
philp philpot philpott philson philyaw phinney phippen phipps pho phoebe phoenix phong phu phung phuong
phylicia phylis phyliss phyllis pi pia piano piasecki piatek piatt piazza pica picado picard picardi
picariello picasso picazo picciano piccione piccirillo piccoli piccolo piccone piceno pich picha pichardo
piche pichette pichler pichon picht pick pickard pickel pickell pickens picker pickerill pickering pickett
pickford pickle pickles picklesimer pickney pickrell pickup pico picon picone picou pidgeon piechocki
piechowski piedad piedra piedrahita piehl piekarski piel pieper pier pierce piercey piercy pieri pieroni
pierotti pierpont pierre pierrelouis pierro piersall pierson pieter pieters pietila pietras pietro pietrowski
pietrzak pietsch piette pietz pifer pigeon pigford pigg piggee piggott pigman pignataro pigott pihl pike pikul
piland pilar pilarski pilat pilato pilch pilcher pile pileggi pilger pilgreen pilgrim pilkenton pilkington
pilkinton pilla pillai pillar piller pilling pillow pillsbury pilon pilot pilson pilz pimental pimentel
pimienta pin pina pinal pinales pinard pinckard pinckney pincus pindell pinder pine pineau pineda pinedo
pinegar pineiro pinelli piner pinero pines pinette ping pingel pingree pinheiro pinho pinilla pinion pink
pinkard pinkerton pinkett pinkham pinkie pinkley pinkney pinkowski pinkston pinnell pinner pinney pinnick
pinnix pinnock pinnow pino pinon pinsky pinson pint pintado pintar pinter pinto pintor pinzon pio pion piontek
pioquinto piorkowski piotr piotrowski pipek piper pipes pipher pipitone pipkin pipkins pippen pippenger pippin
pippins piraino pires pirie pirkle piro pirog pirozzi pirro pirtle pisani pisano pisarski pisciotta piscitelli
piscopo pistone pistorius pita pitcher pitchford pitcock pitkin pitman pitner pitney pitre pitsch pitt pittard
pittenger pitter pittman pitts pittsley pitz pitzen pitzer pixler pixley pizana pizano pizarro pizza pizzi
pizzo pizzuti pizzuto place placek placencia placide placido plain plair plaisance plaisted plamondon planas
plancarte planck plank plant plante plants plantz plascencia plasencia plaster plata platas plate platek
plater platero plath plato platt platte platter plattner platts platz plauche plautz player plaza plazola
pleas pleasant pleasants pledger pleitez plemmons plemons pless pletcher plett plew plewa pliego pliska plitt
ploch ploeger ploof plotkin plotner plott plotts plouffe plourde plowden plowman plum plumb plumer plumlee
plumley plummer plunk plunkett pluta plyler plymale po poag poage poarch poblano poblete pocasangre poch poche
pocock podesta podgorski podolak podolsky poe poehler poff poffenberger poggi pogorzelski pogue pohl pohle
pohlman pohlmann poindexter pointer points poirier poissant poisson poitra poitras pok pokhrel pokorny pol
polacek polak polan polanco poland polansky polasek polaski polcyn pole polen poletti poley polhamus polhemus
poli policastro polich polin poling polinski polis politano polite politi politis polito politte polivka
polizzi polk poll pollack pollak pollard polley pollick pollina pollitt pollman pollock polly polo polsky
polson polster polston polyak polyakovsky polynice polzin poma pomales pombo pomerantz pomerleau pomeroy pompa
pompeo pompey pomponio pomroy pon ponce poncedeleon poncelow ponciano pond ponder ponds pong pons ponte pontes
pontillo pontious pontius ponto ponton ponzio ponzo pool poole pooler pooley poon poor poore poorman poovey
pop popa popal pope popejoy popek popelka popescu popham popkin poplawski poplin popoca popov popovic popovich
popp poppe poppell poppen popper popplewell poquette porath porcaro porcayo porcelli porch porche porcher
porchia porco pore poremba porfirio porras porreca porsche porsha port porta portal portalatin portales porte
portee portela portell porteous porter porterfield portes portia portier portilla portillo portis portlock
portman portner portnoy porto portugal portwood portz porzio posa posada posadas posch posey posner pospisil
poss post postel postell posten poster postlethwait postlewait postma poston potash pote poteat poteet poteete
potenza poth pothier potocki potratz pott potteiger potter potthoff pottinger pottle pottorff potts potvin pou
poudel pough poulin pouliot poullard poulos poulsen poulson poulter poulton pouncey pouncy pound pounders
pounds poveda powe powell powelson power powers powless powley pownall poyer poyner poynor poynter poythress
pozo pozos pozzi prabhakar prabhu pracht prada pradhan prado prager prahl prairie prajapati prak prakash prall
pranav pranay prange pranger prasad prashad prateek prater prather prato prats pratt pratte pratts pray
praytor preble preciado precious predmore preece preis preiss prejean prell premo prendergast prenger prentice
prentiss presas prescod prescott president preslar presler presley presnell press presser pressey pressler
pressley pressman pressnell presson presswood prest prestage presti prestia presto preston prestridge
prestwich prestwood presutti prete pretty prettyman pretzer preuss prevatt prevatte prevette previte prevo
prevost prewett prewitt preza prezioso pribble pribyl price prichard pricilla prickett priddy pride pridemore
pridgen pridgeon pridmore priebe priego priem prier pries priest priester priestley prieto prieur prigge prill
prillaman prim primavera prime primeau primeaux primm primmer primo primrose primus prince princess principato
principe prindle prine pringle prins printz prinz prioleau priolo prior priore priscila priscilla prisco
pritchard pritchett pritt pritts privett privette privitera priyanka pro proano probasco probert probst probus
procaccini procell prochaska prochnow prock procopio procter proctor proehl profeta proffer proffit proffitt
profit profitt prohaska prokop prom proper propes prophet prophete propp propst prosise prosper prosser prost
prothero prothro proto proud proudfoot prough proulx prout prouty provance provencal provence provencher
provencio provenzano providencia province provo provost prowell prude pruden prudence prudencio prudente
prudhomme prue pruett pruiett pruitt pruneda pruner prunty prus prusak pruss pry pryce pryer pryor przybyla
przybylski ptacek ptak pu puac pucci puccio puchalski puckett puebla puello puente puentes puerta puerto puett
puetz puff puffenbarger puffer puga pugh puglia pugliese puglisi pugmire pugsley puhl puig pujol pujols
pulaski puleo pulgarin pulice pulido pulis pullen pulley pulliam pullin pullins pullman pullum puls pulse
pulsifer pulsipher pultz pulver puma pumphrey pun punch pung punter punzalan puopolo pupo pura purcell
purchase purdie purdom purdue purdum purdy puri purifoy purington purinton purkey purnell purohit purpura
pursel pursell purser pursley purtell purviance purvis puryear pusateri pusey puskar puskas puterbaugh puthoff
putman putnam putney putt putz puzio pyatt pyburn pye pyeatt pyke pylant pyle pyles pyne pyo pyper pyron pytel
pérez qadir qadri qamar qazi qi qian qiana qiao qin qiu qu qu'on quach quackenbush quade quadri quaid quail
quaintance quakenbush quale qualls quam quan quandt quang quaranta quarles quarterman quast quattlebaum
quattrocchi quattrone quay quaye quayle que quebedeaux queen queenan queener queenie quentin quero querry
query quesada quesenberry quesinberry quesnel quevedo quezada quiambao quiana quick quigg quiggle quigley
quijada quijano quijas quiles quill quillen quillin quilty quimby quin quinby quincy quinlan quinley quinlivan
quinn quinney quinones quinonez quint quintal quintana quintanar quintanilla quintela quintero quinteros
quintin quinto quinton quintos quirarte quiring quirino quirion quirk quiroa quiroga quiros quiroz quisenberry
quispe quist quito quizhpi quraishi qureshi quyen raab raabe raad raasch raatz rabadan rabago rabalais rabb
rabbani rabbitt rabe rabel raber rabideau rabin rabinovich rabinowitz rabold rabon raborn rabun raburn raby
racca race racette racey rach rachael rachal racheal rachel rachele rachell rachelle rachels racicot racine
rack rackers rackley racquel racz raczkowski rad rada radabaugh radcliff radcliffe raddatz radecki radel
rademacher rademaker rader radford radhakrishnan radice radigan radilla radillo radin radke radle radley
radloff radney rado radomski radoncic radosevich radovich radtke radu raducanu radwan rady rae raeann rael
raelene raether rafael rafaela rafal raff raffa raffaele rafferty rafiq rafter raftery ragan ragas rager
raggio raghavan ragin ragland ragle raglin rago ragon ragone ragsdale raguel ragusa rahaman rahe raheem rahim
rahimi rahm rahman rahmani rahming rahn rai raia raible raiche raiford raigoza raikkonen railey railsback
raimo raimondi raimondo rain raina rainbolt raine rainer raines rainey rainford rainone rains rainville
rainwater raisa raisor raj raja rajagopal rajagopalan rajala rajan rajendran rajesh rajkumar rajpurkar rajput
raju rak rake raker rakers rakes rakestraw rakow rakowski raleigh raley rall rallo ralls ralph ralston ram
rama ramachandran ramadan ramage ramakrishnan ramales raman ramanathan ramani ramaswamy ramberg rambert rambo
ramcharan ramdass ramer ramesh ramey ramic ramires ramirez ramirezgarcia ramirezhernand ramirezlopez
ramirezperez ramirezramirez ramiro ramkissoon ramm ramnarine ramnath ramon ramona ramones ramonita ramos
rampersad rampersaud ramroop ramsay ramsdell ramsden ramseur ramsey ramseyer ramthun ramón ran rana ranae
ranalli ranallo rance ranck rancourt rand randa randal randall randazzo randee randel randell randhawa randi
randle randleman randles rando randol randolph rands randy ranee ranes raney rang ranganathan range rangel
ranger rani ranieri rank rankin rankine rankins ranney ransdell ransford ransom ransome ranson ranta rantz rao
rapalo rapaport rape raper raphael rapier rapoport raposa raposo rapoza rapp rappa rappaport rappe rappold
rapson raquel rardin rarick ras rasberry rasch rasche raschke rasco rascoe rascon rash rashad rasheed rasheeda
rashid rashida rask raska raskin rasmus rasmussen rasmusson rasnake rasnick raso rasool rasor rast rastogi
rasul ratajczak ratchford ratcliff ratcliffe rath rathbone rathbun rathburn rathe rather rathje rathjen rathke
rathman rathmann rathod ratigan ratledge ratley ratliff ratner rattan ratterree ratti rattigan rattler ratto
rattray ratz ratzlaff rau raub raucci rauch rauda raudales rauen rauf rauh raul raulerson rauls raulston raup
raupp rausch rauscher raval rave ravelo raven ravenell ravenscroft raver ravi rawal rawles rawley rawlings
rawlins rawlinson rawls rawson ray raya rayas raybon rayborn raybuck rayburn raychel raye rayfield rayford
raygoza rayl rayle raylene rayman raymer raymo raymon raymond raymonde raymundo rayna rayne rayner raynes
raynor rayo rayon rayos raysor raz raza razavi razo razon razor razzano re rea reach read reade reader reading
ready reagan reagin reagle real reale ream reamer reames reams reanna reap rearden reardon rearick rease
reaser reason reasoner reasons reasor reatha reaume reaux reaves reavis reay reba rebbeca rebbecca rebeca
rebecca rebecka rebekah rebello rebelo reber rebholz rebman rebollar rebolledo rebollo rebstock rebuck recchia
recendez recendiz rech recinos recio reck recker reckner record records rector red reda redburn redd reddell
redden reddick reddin redding reddington reddish redditt reddix reddy redeker redelmeier reder redfearn
redfern redfield redford redhead redic redick rediger reding redinger redington redlin redman redmon redmond
redner rednour redondo redpath redus redwine redwood ree reeb reece reed reeder reedy reel reena reep rees
reese reeser reetz reeve reeves ref reff reffitt refugia refugio rega regal regalado regan regena regenia
reger reggie regier regina reginald regine reginia regino regis register regner regnier rego regula reh rehak
rehbein rehberg rehder rehm rehman rehn rehrig reiber reich reichard reichardt reichart reichel reichenbach
reichert reichle reichman reicks reid reidenbach reider reidhead reidy reierson reif reiff reifschneider
reifsnyder reifsteck reigel reighard reigle reiko reil reiland reiley reiling reilley reilly reily reim reiman
reimann reimer reimers rein reina reinaldo reinard reinbold reinders reindl reine reinecke reineke reiner
reiners reinert reinhard reinhardt reinhart reinheimer reinhold reininger reinke reinking reinoehl reinoso
reinsch reinstein reis reisch reisdorf reiser reisig reising reisinger reisman reisner reiss reist reister
reiswig reita reitan reitano reiter reith reitman reitmeyer reitsma reitz reitzel releford reliford rella
reller relyea rema remache remaley rembert remedios remer remick remigio remillard remington remley remmers
remo remona rempe rempel remus remy ren rena renae renaldo renard renata renate renato renaud renay rench
rencher renda rende render renderos rendleman rendon rene renea reneau renee renegar renetta renfro renfroe
renfrow rengifo renick renita renk renken renn renna renne renner rennert rennick rennie renninger renno reno
renovato renshaw renstrom rentas renteria renton rentschler rentz renwick renz renzi rené reopelle repasky
repass repka repko replogle repp reppert requena resch reschke resendes resendez resendiz reser resh resler
resnick resnik respress ress ressie ressler restaino rester restivo resto restrepo resurreccion reta retana
retha retherford retta retter rettig retz retzer retzlaff reuben reusch reuss reuter reuther reutter reva
revak revel reveles revell revelle revels revere reves revilla revis revolorio revuelta rew rewis rex rexed
rexford rexroad rexroat rexrode rey reyburn reyer reyes reyesgarcia reyez reyna reynaga reynalda reynaldo
reynard reynaud reynolds reynosa reynoso reza rezac rezendes reznik rhames rhea rheault rheaume rheba rhee
rhein rhem rhett rhew rhiannon rhine rhinehart rhines rho rhoad rhoades rhoads rhoda rhode rhoden rhodes
rhodus rhody rhona rhonda rhone rhoten rhoton rhudy rhue rhymer rhymes rhyne rhyner rhynes ria rial rials
riano riaz ribar ribas ribaudo ribble ribeiro ribera ricard ricarda ricardo ricca riccardi ricci ricciardi
ricciardo riccio ricco riccobono rice rich richard richards richardson richarson richart richburg riche
richelle richer richerson richert riches richeson richey richie richins richison richman richmond richner
richter richwine rick rickabaugh rickard rickards ricke rickel rickels ricker rickerson rickert ricketson
rickett ricketts rickey ricki rickie ricklefs rickman ricks ricky rico ricotta riddell ridder riddick riddle
riddles rideau rideaux riden ridener ridenhour ridenour rideout rider ridge ridgell ridgely ridgeway ridgley
ridgway riding ridinger ridings ridley ridlon ridner ridout riebe riebel rieck ried riedel rieder riedinger
riedl riedy rief riegel rieger riegle riegler riehl riehle riek rieke rieken rieker riel rielly rieman riemann
riemenschneider riemer riemersma riendeau riera rierson ries riese rieser riess riester rieth rieves rife
riffe riffel riffey riffle rifkin rigaud rigby rigdon rigg riggan riggenbach riggi riggin riggins riggio
riggle riggleman riggs riggsbee righter rigler rigney rigo rigoberto rigsbee rigsby riha rijo rikard rike
riker rikki riles riley rill rim rima rimel rimer rimes rimmer rina rinaldi rinaldo rinard rinck rincon
rincones rindfleisch rine rineer rinehart rinella riner rines riney ring ringel ringer ringgold ringle ringler
ringo ringwald rini rink rinke rinker rinn rio riojas riolo rion riopelle riordan rios rioux ripa ripka ripley
ripp rippe rippee rippel ripper ripperger rippetoe rippey ripple ripplinger rippy riquelme risa risch
risenhoover riser rish rishel risher rising risinger risk riske risko risley risner riso rison rispoli risse
risser rist ristau rister ristow rita ritacco ritch ritchey ritchie ritenour riter ritsema ritt rittenberry
rittenhouse ritter ritz ritzman riva rivadeneira rivard rivas rivenbark river rivera rivero riveron riveros
rivers rives rivet rivette riviera riviere rivka rivkin rix rizer rizk rizo rizvi rizza rizzi rizzo rizzoli
rizzolo rizzuto ro roa roach roache roan roane roark roat roath rob roback robaina robak robards robare
robarge robb robben robbi robbie robbin robbins robbs robby robbyn robel robena roberds roberge roberson
robert roberta roberti roberto roberts robertson robeson robey robichaud robichaux robicheaux robidoux robie
robillard robin robinett robinette robins robinson robison robitaille roble robledo roblero robles robnett
robson robt robuck roby robyn roca rocca rocchio rocco roch rocha roche rochefort rochel rocheleau rochell
rochelle rochester rochette rochford rochin rochon rocio rock rockafellow rocke rockefeller rocker rockett
rockey rockhill rockhold rocks rockwell rockwood rocky rod roda rodak rodarte rodas rodd rodda rodden roddy
rode rodeheaver rodela rodelo roden rodenbaugh roder roderick rodes rodewald rodger rodgers rodin rodkey
rodman rodney rodolfo rodrick rodriges rodrigo rodrigue rodrigues rodriguez rodriguezgarci rodriguezlopez
rodriguezperez rodriques rodriquez rodríguez rodwell roe roeber roebuck roecker roedel roeder roehl roehm
roehr roehrich roehrig roell roelofs roemer roen roepke roesch roeser roeske roesler roesner roessler roettger
roff rogala rogalski rogan rogel rogelio roger rogers rogerson rogge roggenbuck rogoff rogowski rogue roh
rohan rohde rohe rohl rohleder rohlfing rohlfs rohling rohloff rohm rohman rohn rohner rohr rohrbach
rohrbacher rohrbaugh rohrer rohrig rohrs rohwer roig rojas rojek rojero rojo rolan roland rolanda rolande
rolando roldan rolen roles roley rolf rolfe rolfes rolin roling rolison roll rolland rolle roller rollerson
rolley rollin rolling rollings rollins rollinson rollison rollman rollo rolls roloff rolon rolph rolston roma
romain romaine roman romana romanelli romanello romani romano romanoff romanowski romans romanski rombach
romberg romberger rome romelia romeo romer romero romesburg romig romine romines rominger romito rommel romney
romo romona ron rona ronald ronaldo ronan ronayne ronco ronda rondeau rondon rone roney rong roni ronk ronna
ronni ronnie ronning ronny ronquillo rood roof rook rooke rooker rooks rooney roop roorda roos roosa roose
roosevelt root roots roper ropp roque roquemore rorabaugh rorick rorie rorrer rory ros rosa rosado rosal
rosalba rosalee rosales rosalez rosalia rosalie rosalina rosalind rosalinda rosaline rosalva rosalyn rosamaria
rosamond rosana rosann rosanna rosanne rosano rosaria rosario rosas rosati rosato rosaura rosberg rosborough
rosch roscoe rose roseann roseanna roseanne roseberry roseboro roseborough rosebrock rosecrans rosel roselee
roselia roseline rosell rosella roselle roselli rosello roselyn roseman rosemarie rosemary rosemond rosen
rosena rosenau rosenbalm rosenbaum rosenberg rosenberger rosenberry rosenblatt rosenbloom rosenblum rosenburg
rosencrans rosenda rosendahl rosendale rosendo rosene rosenfeld rosenfield rosengarten rosengren rosenkranz
rosenlund rosenow rosenquist rosensteel rosenstein rosenthal rosenzweig roser rosero rosete rosetta rosette
rosetti rosia rosie rosier rosiles rosillo rosin rosina rosinski rosio rosita rosko roslyn rosman rosner ross
rossana rossano rossbach rossell rosselli rosser rossetti rossi rossie rossignol rossini rossiter rossman
rosso rosson rossow rost rostro rosy rota rote rotella roten rotert roth rothberg rothe rothenberg
rothenberger rother rothermel rothfuss rothgeb rothman rothrock rothschild rothstein rothwell rotman rotolo
rotondi rotondo rott rottenberg rotter rottinghaus rottman rotunno rotz rouch roudebush rougeau rough rought
roughton rouillard rouleau roulhac round rounds roundtree roundy rounsaville rountree roupe rourke rouse
rouser rousey roush rousseau roussel roussell routh routhier routon routson routt roux rovira row rowan rowand
rowbotham rowden rowe rowell rowen rowena rowland rowlands rowles rowlett rowlette rowley rowse rowser rowsey
rowton roxana roxane roxann roxanna roxanne roxas roxie roxy roy royal royall royals royalty roybal royce roye
royer roylance royle roys royse royster royston roza rozanne rozanski rozas rozeboom rozek rozell rozella
rozelle rozema rozier rozman rozo rozycki rozzi rua ruan ruane ruano ruark rubalcaba rubalcava rubeck rubel
ruben rubens rubenstein rubi rubiano rubie rubin rubino rubinstein rubio ruble rubright ruby rubye rucci ruch
ruchika rucinski ruck rucker ruckle ruckman rucks rud ruda rudd ruddell rudder ruddick ruddock ruddy rude
ruder ruderman rudin rudisill rudloff rudman rudnick rudnicki rudolf rudolph rudy rudzinski rue rueb rueben
ruech rueckert rueda ruedas ruegg ruehl ruehle ruel ruelas ruesch rueter ruf rufener ruff ruffalo ruffin
ruffing ruffino ruffner ruffo ruffolo rufina rufino rufo rufus ruge ruger rugg ruggeri ruggieri ruggiero
ruggles rugh ruh ruhe ruhl ruhland ruhlman ruhnke ruis ruiz ruland rule ruley rulli rullo rumbaugh rumble
rumer rumery rumfelt rumley rummel rummell rumore rump rumpf rumph rumple rumsey rund runde rundell rundle
rundquist rung runge runion runions runk runkel runkle runnells runnels runner running runnion runyan runyon
ruocco ruoff ruotolo rupard rupe rupert ruple rupp ruppe ruppel ruppert rupprecht ruprecht rus rusch ruse rush
rusher rushford rushin rushing rushlow rushton rusin rusk ruskin rusnak russ russel russell russi russin russo
russom russum rust rustad rustin ruston rusty ruszkowski ruta rutan ruth rutha ruthann ruthanne ruthe
rutherford ruthie rutigliano rutkowski rutland rutledge rutt rutten rutter rutz ruud ruvalcaba ruvolo rux
ruybal ruyle ruzicka ryall ryals ryan ryann ryans ryba rybak rybarczyk ryberg rybicki rybolt ryckman ryczek
rydberg rydell ryden ryder rydzewski rye ryer ryerson ryker ryland rylander ryle ryles ryman rymer rynders
rynearson rynn ryon rys ryser ryu rzepka s'en s'y sa saab saad saal saar saarbrücken saari saathoff saavedra
saba sabado sabala saban sabater sabatini sabatino sabato sabb sabbagh sabedra sabel sabella saber sabia
sabillon sabin sabina sabine sabino sabio sabir sablan sable sabo sabol sabourin sabra sabrina sacchetti sacco
saccone sacha sachdev sachdeva sachiko sachs sachse sack sackett sackman sacks sacramento sada saddler sade
sadeghi sadek sadie sadik sadiq sadler sadlowski sadowski sadowsky sadye saechao saeed saeger saelee saenz
saephan saephanh saetern saeteurn saez safar saffell saffer saffold safford safi safran sagan sagar sagastume
sage sager sagers sago sagrero sagun saha sahagun sahel sahin sahli sahm sahni sahota sahr sahu saia said
saidi saiki sailer sailor sailors sain saindon saine saini sainsbury saint saintfleur saintil saintjean
saintlouis saintvil sainvil sainz sais saito saitta saiz sajdak sak sakai sakamoto sakanashi sakata sakowski
saks sakurai sal sala salaam saladin saladino salado salah salahuddin salais salaiz salam salama salamanca
salameh salami salamon salamone salas salasar salata salaz salazar salce salceda salcedo salcido saldana
saldarriaga saldierna saldivar sale saleem saleh salehi salem salemi salena salerno sales salgado salguero
salib saliba salido salih salim salina salinas saling salinger salisbury sall sallee salley sallie sallis
salloum salls sally salm salman salmeron salmi salmon salmons salnikov salo salois salome salomon salomone
salone salonga salsberry salsbury salsman salt salter salters salto saltsman saltz saltzman salva salvador
salvaggio salvati salvatierra salvato salvatore salvi salvia salvino salvo salvucci salyards salyer salyers
salzano salzer salzman salzmann salzwedel sam sama samaan samad samaha samaniego samano samantha samara
samaroo samatha samayoa sambrano samek samella samet samford sami samira sammarco sammartino sammie sammis
sammon sammons samms sammy samons samonte samora sampaio sampath sampedro sample samples sampley sampsel
sampsell sampson samra sams samsel samson samual samudio samuel samuels samuelson san sana sanabria sanagustin
sanborn sanches sanchez sanchezgarcia sanchezlopez sancho sand sanda sandage sandahl sandate sandaña sandberg
sande sandee sandefur sandel sandell sanden sander sanderford sanderlin sanders sanderson sandford sandgren
sandhu sandi sandidge sandie sandiego sandifer sandiford sandin sandino sandler sandlin sandman sandmann sando
sandobal sandor sandoval sandoz sandquist sandra sandridge sandrock sands sandstrom sandt sandusky sandvig
sandy sane saner sanfilippo sanford sang sangalang sanger sangha sangster sanguinetti sanjose sanjuan sanjuana
sanjuanita sankar sankaran sankey sanks sanmartin sanmiguel sanna sanner sannes sannicolas sano sanon sanora
sanpedro sanroman sansbury sansing sansom sanson sansone sansoucie sant santa santaana santacroce santacruz
santamaria santana santander santangelo santaniello santarelli santee santella santelli santerre santi
santiago santibanez santiesteban santillan santillana santillanes santillano santilli santillo santina santini
santistevan santizo santo santoni santora santore santoro santos santoyo santucci sanville sanz sanzone sao
saperstein sapien sapienza saporito sapp sappington saputo sara sarabia saraceno saracino saragosa sarah sarai
saraiva saran saravia sarceno sardina sardinas sardo sargeant sargent sargsyan sari saric sarina sarinana
sarita sarkar sarker sarkis sarkisian sarkissian sarkisyan sarles sarmento sarmiento sarna sarno sarnowski
sarpong sarr sarracino sarratt sarria sarris sarro sarsfield sartain sarti sartin sartor sartori sarver sarvis
sarwar sasaki sasha sass sassaman sassano sasse sasser sasso sasson sastre satchell satcher sater sather sato
satre sattar satter satterfield satterlee satterly satterthwaite satterwhite sattler saturnina sau sauber
sauceda saucedo saucier sauder sauer sauers sauerwein saul saulnier sauls saulsberry saulsbury saulter
saulters saum saunders saundra saunier saur sauro sauseda sausedo sauser sauter sautter sauvageau sauve sava
savage savala savanna savannah savant savard savarese savary savas savastano savedra savell savery saviano
savidge saville savin savini savino savinon savio savoca savoia savoie savory savoy saw sawa sawatzky sawaya
sawhney sawicki sawin sawtelle sawyer sawyers sax saxby saxe saxena saxon saxton say sayavong saye sayed
sayegh sayer sayers sayler sayles saylor saylors sayre scaccia scaduto scaffidi scafidi scaggs scaglione
scaife scala scalera scales scalf scali scalia scalise scallan scally scalzo scanlan scanlon scannell scarano
scarberry scarboro scarborough scarbro scarbrough scarcella scardina scardino scarlet scarlett scarola scarpa
scarpelli scarpino scates scaturro scavarda scavo scavone scearce scerbo schaab schaad schaaf schaal schaap
schaar schabel schaber schacher schacht schachter schack schad schade schadt schaefer schaeffer schaer schafer
schaff schaffer schaffner schaible schalk schall schaller schamber schaner schank schantz schanz schaper
schapiro schardt scharf scharff schatz schatzman schau schaub schauer schauf schaum schaumburg schaus
schechter scheck schecter scheel scheele scheeler scheer scheerer scheetz scheff scheffel scheffer scheffler
scheib scheibe scheiber scheible scheid scheidegger scheider scheidler scheidt schein scheiner schell
schellenberg scheller schelling schembri schemmel schempp schena schenck schendel schenk schenkel schenker
schepers schepis schepp scher scherer scherf schermerhorn scherr scherrer schertz schettler scheu scheuer
scheuerman scheuermann scheurer schewe schexnayder schiano schiavo schiavone schick schieber schiefelbein
schiefer schiele schier schiess schifano schiff schiffer schiffman schild schilke schill schillaci schiller
schilling schillinger schiltz schilz schimke schimmel schimpf schindler schipper schippers schirmer schiro
schisler schissler schlabach schlachter schlagel schlager schlater schlatter schlecht schlee schlegel schleich
schleicher schleif schleifer schlemmer schlenker schlenoff schlesinger schley schlicher schlicht schlichter
schlichting schlick schlink schloemer schloss schlossberg schlosser schlueter schluter schmahl schmaltz
schmalz schmeling schmeltzer schmelzer schmick schmid schmidgall schmidlin schmidt schmidtke schmieder schmit
schmitt schmitz schmoll schmoyer schmuck schmucker schmutz schnabel schnarr schneck schnee schneeberger
schneider schneiderman schnell schnelle schneller schnepf schnepp schnider schnieder schnieders schnitzer
schnitzler schnoor schnur schnurr schober schoch schock schoen schoenbeck schoenberg schoenberger schoenborn
schoenecker schoeneman schoener schoenfeld schoenfelder schoenherr schoening schoenrock schoff schofield
scholes scholl scholle scholten scholtes scholtz scholz schomaker schomburg schomer schommer schon schonfeld
schoof schoolcraft schooler schooley schoolfield schools schoon schoonmaker schoonover schopp schoppe schor
schorr schott schouten schow schowalter schrack schrader schraeder schrag schrage schram schramm schrank
schrantz schrecengost schreck schreckengost schreffler schreiber schreier schreiner schreyer schriber
schrieber schriefer schrier schriever schrimsher schriner schriver schrock schroder schroeder schroepfer
schroer schroeter schroll schrom schroth schroyer schrum schrupp schryver schubert schuch schuchardt schuchman
schuck schueler schuelke schueller schuerman schuessler schuett schuette schuetz schug schuh schuld schuldt
schulen schulenberg schuler schull schuller schulman schult schulte schultes schultheis schultz schultze
schulz schulze schum schumacher schumaker schuman schumann schumer schumm schunk schupbach schupp schur
schurman schurr schussler schuster schut schutt schutte schutter schutz schuyler schwab schwabe schwager
schwalbach schwalbe schwalm schwan schwandt schwanke schwantes schwanz schwark schwarting schwartz
schwartzberg schwartzkopf schwartzman schwarz schwarze schwarzkopf schweers schweiger schweigert schweikert
schweiss schweitzer schweizer schwendeman schwenk schwenke schwenn schwerdtfeger schwerin schwichtenberg
schwieger schwieterman schwimmer schwind schwindt schwing schwinn sciacca sciandra scianna sciarra sciarrino
scibelli scimeca sciortino scipio scipione scism sciulli sclafani scobee scoby scofield scoggin scoggins
scogin scola scolaro scoles sconiers sconyers scot scotland scott scotti scottie scotto scotton scotty scouten
scovel scovill scoville scranton screen screws scriber scribner scritchfield scriven scrivener scrivens
scrivner scroggin scroggins scroggs scruggs scudder scuderi scull sculley scullin scullion scully scurlock
scurry scutt sea seabaugh seaberg seaberry seabolt seaborn seabrook seabrooks seabury seager seagle seago
seagraves seal seale seales sealey sealock seals sealy seaman seamans seamon seamons seamster sean search
searcy searfoss searight searing searl searle searles searls sears sease season seat seaton seats seaver
seavey seawell seawright seay sebastian sebesta sebree sebrina sebring sechler sechrest sechrist seck
seckinger seckman secor secord secrest secrist secundino seda sedam sedano sedberry seddon sedeno seder
sedgwick sedillo sedlacek sedlak sedlock sedor sedwick see seeber seed seeds seefeldt seeger seegers
seegmiller seek seekins seel seeley seelig seely seelye seema seeman seemann seery sees seese seevers seewald
sefcik sefton segal segall segar segarra segars seger segers sego segovia segoviano segraves segrest segui
seguin segundo segura sehgal seib seibel seiber seibert seibold seid seide seidel seiden seidl seidler seidman
seidner seifert seiffert seifried seigel seigle seigler seiler seim sein seip seipel seiple seipp seiter seitz
seitzinger sek sekhon sekula selam selander selby selden selders seldon selena selene self selfridge selig
seligman selim selin selina selinger selk selke sell sellars selle selleck sellers sellman sellner sells selma
selman selmon selph seltzer selva selvage selvaggio selvey selvidge selzer semaan seman semien seminara
seminario semler semmler semon semones semple semrau sen sena senaida senat senatore sencion sender seneca
senecal senegal senese seney senft seng senger sengupta senior senko senn senne sennett sensabaugh sensenig
sentell senter senters sentz seo sepe sepeda seppala september sepulvado sepulveda sequeira sera serafin
serafina serafini serafino serano seraphin serbin serda serena sereno serfass sergeant sergent sergey sergi
sergio serhii serina serino serio serita sermeno sermons serna serpa serpas serpico serr serra serrano serrao
serrata serrato serratos servais servantes servellon service servin servis serviss sesay seshadri sesma sessa
session sessions sessler sessoms sessums sestito seth sethi setliff seto setser setsuko setter setters settle
settles setty setzer seubert seufert sevcik sever severance severe severin severino severn severns severs
severson severt sevier sevigny sevilla sevillano seville sevin sevy sewall seward sewell sexton seybert
seybold seyfert seyfried seyler seymore seymour sforza sgro sgroi sha shaban shabazz shack shackelford
shackleford shackleton shad shadden shaddix shade shadle shadley shadowens shadrick shadwick shady shae
shaeffer shafer shaff shaffer shaffner shafi shah shahan shaheed shaheen shahid shahin shahzad shaik shaikh
shain shaina shake shaker shakespeare shakia shakir shakira shakita shakoor shala shalabi shalanda shallcross
shallow shalom shalon shalonda sham shambaugh shamblin shamburger shameka shamika shamoon shamoun shamp shams
shan shana shanae shanahan shand shanda shandi shandra shands shane shaneka shanel shanell shanelle shaner
shaneyfelt shang shanholtz shani shanice shanika shaniqua shanita shank shankar shanker shankle shankles
shanklin shanks shanley shanmugam shanna shannan shannon shanon shanta shantae shantay shante shantel shantell
shantelle shanti shantz shao shapiro shapley shappell shaquana shaquita shara sharan sharber sharda share
sharee shareef sharell sharen sharer shari sharice sharie sharif shariff sharifi sharika sharilyn sharita
sharkey sharla sharleen sharlene sharlow sharma sharmaine sharman sharolyn sharon sharonda sharp sharpe
sharper sharples sharpless sharpley sharps sharpton sharri sharrock sharron sharrow shartzer sharyl sharyn
shasta shatley shatto shattuck shatzer shaub shaughnessy shaul shaulis shaull shaun shauna shaunda shaunna
shaunta shaunte shaurya shaver shavers shavon shavonda shavonne shaw shawana shawanda shawanna shawley shawn
shawna shawnda shawnee shawnna shawnta shawver shay shayla shayna shayne shazeer shea shead sheaffer sheahan
shealey shealy shean shear sheard shearer shearin shearman shearon shears sheats sheba sheckler shedd shedrick
sheeder sheedy sheehan sheehy sheeler sheeley sheely sheen sheena sheer sheeran sheerin sheesley sheets sheetz
sheff sheffer sheffey sheffield sheffler shehadeh shehan shehata sheikh sheila sheilah sheilds shela shelba
shelburne shelby shelden sheldon sheley shelia shell shella shellabarger shellenbarger shellenberger sheller
shelley shellhammer shelli shellie shellman shelly shelnutt shelor shelton shemeka shemika shemwell shen shena
shenberger sheneman sheng shenika shenita shenk shenna shenouda shenoy shepard shepardson sheperd shephard
shepherd shepler shepley sheppard shepperd shepperson sher shera sherard sherbert sherburne sheree sherell
sherer sherfield sheri sherice sheridan sherie sheriff sherika sherill sherilyn sherise sherita sherk sherlene
sherley sherlock sherly sherlyn sherman sheron sherpa sherrard sherrell sherrer sherri sherrick sherrie
sherril sherrill sherrod sherron sherrow sherry sherryl shertzer sherwin sherwood shery sheryl sheryll sheth
shetler shetterly shetty shevchenko shevchuk shevlin shew shewmake shewmaker shi shibata shibley shick
shideler shidler shieh shiela shield shields shiels shier shiffer shifflet shifflett shiflet shiflett shifrin
shih shila shiley shill shilling shiloh shilts shim shima shimabukuro shimada shimek shimer shimizu shimko
shimkus shimmel shimon shimp shin shinall shinault shinde shindler shine shiner shingler shingleton shinkle
shinn shinnick shipe shipley shipman shipp shippee shippey shippy shipton shira shirah shirazi shire shirely
shireman shires shirey shirk shirkey shirl shirlee shirleen shirlene shirley shirly shiroma shisler shiu shive
shively shiver shivers shives shizue shizuko shklovsky shkuro shoaf shoaff shobe shock shockey shockley shoe
shoemake shoemaker shoff shoffner shofner shogren shohei sholar sholes sholl shomo shon shona shonda shondra
shonk shonkwiler shonna shonta shook shoop shoopman shope shor shorb shore shores shorey short shortell
shorten shorter shortridge shorts shortt shorty shoshana shott shotts shotwell shoulders shoults shoultz shoun
shoup shouse shover show showalter showell showers showman shown shows shrader shreeve shreffler shrestha
shreve shreves shrewsberry shrewsbury shriner shrivastava shriver shrock shroff shropshire shrout shroyer
shrum shryock shu shubert shubham shubin shuck shue shuey shufelt shuff shuffler shuford shugars shugart
shukla shuler shull shulman shultis shults shultz shum shumake shumaker shuman shumard shumate shumpert
shumway shunk shupe shuping shupp shurtleff shurtz shuster shute shutt shuttleworth shutts shy shyla si sia
siano sias sibert sibley sibrian sibyl sica sicairos sicard sicilia siciliano sick sickels sickler sickles sid
sida siddall siddiqi siddique siddiqui siddons sidebottom sidell sideris siders sides sidhu sidney sidor
sidoti sidwell sieben siebenaler sieber siebert siebold sieck siedlecki siefert siefken siefker sieg siegal
siegel siegenthaler sieger siegert siegfried siegle siegler siegmund siegrist siemens siemer siemers siems
sienkiewicz sienko sieracki sierra siers sievers sievert siewert sifford sifuentes sigala sigel sigelman sigg
siggers sigler sigley sigman sigmon sigmund signe signor signore signorelli sigrid sigrist siguenza siharath
sikes sikkema sikora sikorski silas silbaugh silber silberman silbernagel silcott silcox sileo siler siles
silfies silguero silk silkwood sill sillah sillas siller silliman sills silmon silos silsby silva silvana
silvas silveira silver silvera silverberg silveria silverio silverman silvernail silvers silversmith
silverstein silverthorn silvester silvestre silvestri silvestro silvey silvia silvis sim sima simard simas
simcoe simcox sime simek simental simeon simeone simerly simes simic simien simington simkins simko simmer
simmerman simmers simmon simmonds simmons simms simo simoes simon simona simonds simone simoneau simoneaux
simonelli simonetti simoni simonian simonis simonne simons simonsen simonson simonton simpkins simpson sims
simson sin sina sinatra sinchi sinclair sindelar sindt sindy sine sinegal siner sines sing singer singh
singhal singler singletary singleterry singleton singley singson sinha sink sinkfield sinkler sinko sinks sinn
sinner sinnett sinnott sinopoli sinor sinxi siobhan siordia sipe sipes siple sipos sipp sippel sipple
siqueiros siracusa siragusa sirena sires siri sirianni siripanich sirmans sirmons sirois sirota sisco sisemore
sisk siska sisler sisneros sisney sison sissom sisson sisti sisto sistrunk sit sites sitko sitler sitter
sittig sitton situ sitz sitzman sitzmann siu sivak sivakumar sivils sivley siwek six sixta sixtos sizemore
sizer sjoberg sjogren sjostrom skaar skaggs skala skalski skarda skates skeels skeen skeens skees skeete
skelley skelly skelton skenandore skiba skibinski skidmore skiff skiles skillern skillings skillman skinner
skipper skipworth skirvin skiver sklar skoda skog skogen skoglund skolnick skolnik skoog skorupski skousen
skow skowron skowronek skowronski skye skyles skyttä slabaugh slaby slack slade sladek slagel slager slaght
slagle slama slane slaney slape slappy slate slaten slater slaton slattery slatton slaugh slaughter slaven
slavens slavik slavin slawinski slawson slay slaybaugh slayden slaymaker slayton slechta sledd sledge slee
sleeman sleeper sleeth sleight slemp slentz sletten slevin slezak slick slider slifer sligar sliger sligh
sliker slim slinger slingerland slinkard slinker sliva slivka sliwa sliwinski sloan sloane sloat slocum
slocumb slominski slonaker slone sloop sloss slough sloughter slovak slover slowik slowinski sluder slusher
sluss slusser slutsky sly slye slyvia smail smale small smalley smalling smalls smallwood smarr smart smartt
smathers smay smead smeal smedley smelcer smelley smelser smeltz smeltzer smet smetana smiddy smidt smiley
smillie smirnov smit smith smither smitherman smithers smithey smithson smithwick smitley smits smoak smock
smoke smoker smola smolen smolenski smolik smolinski smolka smoot smotherman smothers smouse smoyer smucker
smullen smyers smylie smyser smyth smythe snader snapp snare snarr snavely snay snead sneath snedden sneddon
snedeker snee sneed snelgrove snell sneller snellgrove snelling snellings snelson snethen snider sniffen snipe
snipes snively snoddy snodgrass snoke snook snover snow snowberger snowden snuffer snuggs snyder so soares
sobczak sobeck sobel sober soberanes soberanis sobers sobieski sobocinski sobol sobolewski sobota sobotka
socarras socha socia sockwell socorro soda sodano soden soder soderberg soderholm soderlund soderquist
soderstrom sodhi soe soffer sofia sofroniev soh sohail sohal sohl sohn soila soileau soisson soja sojka sok
sokol sokoloff sokoloski sokolov sokolowski sol sola solache solan solana solange solanki solano solar solares
solari solberg soldano sole solecki soledad solem soler soles solesbee soley solheim soliday solie soliman
solis solivan soliz soll sollars sollenberger soller solley solo soloman solomon solon solorio solorzano
soloway solt soltani soltero soltis soltys solum som soma somarriba somer somera somers somerville somma
sommer sommerfeld sommerfield sommers sommerville somogyi somoza son sona sondra sones song songer soni sonia
sonja sonnenberg sonner sonnier sonntag sonny sons sontag sonya soo sood soohoo sook sookdeo soon soong soos
sooter sooy soper sopher sophia sophie sopko soraya sorber sorce sorel sorensen sorenson sorey sorg sorge
soria soriano sorkin soroka sorrell sorrells sorrels sorrentino sorrow sortino sorto sosa sosebee sosnowski
sostre sotello sotelo sotero soth soto sotolongo sotomayor sottile sotto sou soucek soucie soucy souder
souders souffrant soukup soule soules sours sousa souter south southall southard souther southerland southern
southers southward southwell southwick southwood southworth souto souza sova sow sowa soward sowards sowden
sowder sowders sowell sowers sowinski sowle sox soza sozzi space spacek spackman spada spadafora spadaro spade
spadoni spady spaeth spafford spagnola spagnoletti spagnoli spagnolo spagnuolo spahn spahr spaid spain
spainhour spake spalding span spang spangenberg spangle spangler spanier spann spano spanos sparacino sparacio
sparano sparber spargo sparkle sparkman sparks sparling sparr sparrow spataro spates spath spatola spatz
spaulding speake speaker speakman speaks spear spearman spears speas specht speciale speck speckman spector
speece speed speegle speelman speer speers spees spehar speicher speidel speight speights speir speirs speiser
spell speller spellman spells spelman speltz spence spencer spendlove spengler spenser spera speranza sperber
sperl sperling spero sperry speth spice spicer spicher spickler spidell spidle spiegel spieker spielman spier
spiering spiers spies spiess spieth spiewak spight spigner spiker spikes spilker spillane spiller spillers
spillman spilman spina spinale spindler spinella spinelli spink spinks spinner spinney spino spinosa spira
spires spiro spisak spitler spittler spitz spitzer spiva spivack spivak spivey splawn splinter spofford spohn
spohr sponaugle sponseller sponsler spoon spooner spoor spore sposato sposito spoto spotts spradley spradlin
spradling spragg spraggins sprague spraker spranger sprankle spratley spratlin spratt spray sprayberry
sprecher spreitzer sprenger sprenkle spriggs spring springer springfield springman springs springstead
springsteen springston sprinkle sproat sproles sprott sproul sproule sproull sprouse sprout sprow sprowl
sprowls spruce spruell spruiell spruill sprung sprunger spry spurgeon spurgin spurlin spurling spurlock spurr
spurrier square squibb squier squillace squillante squire squires squyres srey sridhar srinivas srinivasan
sriram srivastava sroka staab staats stabile stabler stacee stacey stach stachowiak stachowski stachura staci
stacia stacie stack stackhouse stackpole stacks stacy stadelman stadler staff stafford stage stager stagg
staggers staggs stagner stahl stahle stahler stahley stahlman stahly stahr staib staiger stainback stainbrook
stair stairs stake staker stalcup stalder staley stalker stall stallard stallcup staller stalling stallings
stallman stallone stallworth stalnaker stalter stalvey stalzer stam stamand stamant stambaugh stamey stamm
stammer stamos stamour stamp stamper stampley stamps stan stanaland stanard stanback stanberry stanbery
stancil stanczak stanczyk standard standen stander standifer standiford standing standish standlee standley
standridge stanek stanfield stanfill stanford stang stange stangel stanger stangl stangle stanhope stanich
stanifer stanish stanislawski staniszewski staniów stanke stankiewicz stanko stankus stanley stannard stano
stansberry stansbury stansel stansell stansfield stanton stanwood stanzione stapler staples stapleton stapley
stapp star starbird starbuck starcher starck stark starke starkes starkey starks starkweather starla starling
starman starner starnes starns starr starrett starry stasia stasiak stasik stasko stastny staszak staten
states statham statler staton statz staub stauber staubin stauch staudinger staudt stauffacher stauffer
staunton stauss stavropoulos stavros stawicki stay stayer stayton stcharles stclair stclaire stcyr stdenis
stead steadham steadman steagall stearman stearn stearns stebbins steber stec stecher stechschulte steck
steckel stecker stecklein steckler stedman steed steedley steege steel steele steeley steelman steely steen
steer steere steers steeves stefan stefanelli stefani stefania stefaniak stefanick stefanie stefanik stefanko
stefano stefanski stefany steffan steffanie steffen steffens steffensen steffes steffey steffy stegall
stegeman steger stegman stegner stehle stehlik stehr steib steichen steidl steier steiger steigerwald steil
steimel steimle stein steinbach steinbacher steinbeck steinberg steinberger steinborn steinbrecher steiner
steinert steinfeld steinhardt steinhart steinhauer steinhaus steinhauser steinhoff steininger steinkamp
steinke steinle steinman steinmann steinmetz steinmeyer steitz stejskal stell stella stellato steller stelling
stelly stelmach stelter stelzer stem stembridge stemen stemm stemper stempien stemple stenberg stencel stender
stene stengel stenger stennett stennis stensland stenson stensrud stenstrom stenzel stepan stepanek stepanian
stepanie stepanyan stephaine stephan stephane stephani stephania stephanie stephans stephany stephen stephenie
stephens stephenson stephine stephnie stepien stepney stepp steppe steptoe sterba sterk sterkel sterling
stermer stern sternberg sterner sterns sterrett stetler stetson stetter stettler stetz steuer steury steve
steven stevens stevenson stever steverson steves steveson stevie steward stewart steyer stfleur stgeorge
stgermain stgermaine sthilaire stice stich stickel stickle stickler stickles stickley stickney stidham stieber
stiefel stiegler stier stiers stierwalt stiff stiffler stigall stiger stigler stiles still stille stiller
stilley stillings stillman stills stillson stillwagon stillwell stilson stiltner stilwell stimac stimmel
stimpson stimson stinchcomb stine stiner stines stinger stingley stinnett stinnette stinson stipe stipp stires
stirewalt stirling stiteler stites stith stitt stitzel stiver stivers stiverson stjacques stjames stjean
stjohn stjulien stjuste stlaurent stlawrence stlouis stmarie stmartin stobaugh stobbe stober stock stockard
stockbridge stockdale stocker stockert stockham stocking stockinger stockman stocks stockstill stockton
stockwell stoddard stoddart stodghill stodola stoeckel stoecker stoehr stoffel stoffer stogner stogsdill stohr
stoke stokely stoker stokes stokke stokley stolarski stolberg stoll stolle stoller stollings stolp stolte
stoltenberg stoltz stoltzfoos stoltzfus stolz stombaugh stone stonebraker stoneburner stonecipher stoneham
stonehouse stoneking stoneman stoner stonerock stones stonesifer stonestreet stoney stonge stookey stooksbury
stoops stoots stopka storch storck storer storey storie stork storlie storm storment stormer storms stormy
storrer storrs storti storts stortz story storz stotler stott stottlemyer stotts stotz stoudemire stouder
stoudt stouffer stough stoughton stout stoute stovall stover stow stowe stowell stowers stoy stoyanov stpeter
stpierre stracener strachan strack strader stradford stradley stradling strahan strahl strahm straight strain
strait straka straker straley strand strandberg strang strange stransky strasburg strassburg strasser strate
stratford stratman stratton straub straube strauch straughan straughn straughter straus strausbaugh strause
strauser strauss strausser straw strawbridge strawder strawderman strawn strawser strayer strayhorn stream
streater streb strebel streck strecker street streeter streetman streets streett streff strege strehle
strehlow streich streicher streiff streit strelow streng strength stretch strey stribling strick stricker
strickland stricklen strickler stricklin strider striegel strike striker strine stringer stringfellow
stringfield stringham striplin stripling strite strittmatter strnad strobel strobl stroble strock strode stroh
strohecker strohl strohm strohmeyer strom stromain stroman stromberg stromer strong stroop strope strosnider
strother strothers stroud stroup stroupe strouse strout strouth strozier strub strube struble struck strum
strunk struss struthers strutz struve stryker strzelecki stuard stuart stubbe stubblefield stubbs stuber stuck
stucker stuckey stucki stucky studdard studebaker student studer studley studstill studt stueber stueve
stufflebeam stuhr stukes stull stuller stults stultz stumbaugh stumbo stump stumpf stumph sturdevant
sturdivant sturgell sturgeon sturges sturgess sturgill sturgis sturkie sturm sturman sturtevant sturtz stutes
stutler stutsman stutts stutz stutzman styer styers styles styron su sua suanne suarez suastegui suazo subedi
suber subia sublett sublette subramaniam subramanian such sucher suchy suckow suda suddarth sudderth suddeth
suddreth sudduth suder sudie sudler sudol sue sueann suellen suen suereth suero suess sugar sugarman sugato
sugden sugg suggs sugimoto sugiyama sugrue suh suhr sui suire suit suiter suits suitt suk sulaiman sulak
suleiman sulema suleman suliman sulkowski sullenberger sullenger sullens sullins sullivan sully sult sultan
sultana sulzer sum suman sumida sumiko sumler sumlin summa summer summerall summerfield summerford summerhill
summerlin summerour summers summerville summey summitt summy sumner sumners sumpter sumrall sumter sun sund
sundar sundaram sunday sundberg sunde sundeen sundell sunderland sunderman sundin sundquist sundstrom sung
sunga suniga sunni sunny sunseri sunshine suon super suppa suppes supple supplee sur sura surace surampudi
surber suresh surette surface surgeon suri suriano suriel surita surles surma surman surowiec surprenant
surratt surrency surrett susa susan susana susann susanna susannah susanne susi susie suski susko susman
sussman sustaita susy sutch sutcliffe suter sutera sutfin sutherland sutherlin sutliff sutphen sutphin sutter
sutterfield suttle suttles sutton suydam suzan suzann suzanna suzanne suzette suzi suzie suzuki suzy svec
svendsen svenson svensson svetlana svoboda swab swaby swader swafford swager swaggerty swails swaim swain
swales swalley swallow swallows swaminathan swamy swan swanberg swaney swanger swango swanigan swank swann
swanner swanson swanstrom swantek swanton sward swarey swart swarthout swartout swarts swartwood swartz
swartzendruber swartzentruber swartzlander swasey swayne swayze swearengin swearingen sweat sweatman sweatt
swecker swedberg sweeney sweeny sweet sweeten sweeting sweetland sweetman sweetser sweigart sweitzer swensen
swenson swett swezey swiatek swicegood swick swider swiderski swift swigart swiger swigert swihart swilley
swim swims swindall swindell swindle swindler swinehart swiney swinford swing swingle swink swinney swinson
swint swinton swisher switalski switzer swoboda swofford swogger swoope swope swopes sword swords swoyer
swyers sy sybert sybil syble sydney sydnor sydow syed sykes sykora sylla sylva sylvain sylve sylvester
sylvestre sylvia sylvie syme symes symington symonds symons synder synthia syreeta syring sytsma syverson
szabo szafranski szalay szatkowski szczepaniak szczepanski szczesny sze szekely szeto szewczyk szilagyi
szostak szot szucs szydlowski szymanski szymczak szypulka sánchez são søren ta tabak tabares tabarez tabatha
tabb tabbert taber tabetha tabitha tabler taboada tabone tabor tabora taborda taborn tabron tacey tack tacker
tackett tackitt tacuri tacy tad tadao taddei taddeo tadeo tadesse tadlock tadros taff taffe tafolla tafoya
taft tagg taggart tagle tague taha taher taheri tahir tai taillon tailor taina taing taira taisha tait taitano
taitt tajuana tak takach takacs takagi takahashi takako takata takeda takemoto takeshi takeuchi takisha
talamante talamantes talamantez talarico talavera talbert talbot talbott talcott talerico talia taliaferro
talisha talitha talkington tall tallant tallarico tallent talley tallman tallon tally talmadge talmage talsma
talton talty talwar tam tama tamala tamang tamar tamara tamashiro tamatha tamayo tambra tamburello tamburro
tameika tameka tamekia tamela tamera tamesha tamez tami tamica tamie tamika tamiko tamisha tamm tammara
tammaro tammera tammi tammie tammy tamplin tamra tamura tan tana tanabe tanaka tancredi tandon tandra tandy
taneja taneka tanenbaum tanesha tang tangela tangeman tangen tangney tanguay tanguma tani tania taniguchi
tanika tanis tanisha tanja tank tankersley tanksley tann tanna tannehill tannenbaum tanner tannous tansey
tanski tant tantillo tanton tanya tao taormina tapanes tapia tapley taplin tapp tappan tappe tapper tapscott
tara tarah tarango tarantino taranto tarbell tarbet tarbox tardif tardiff tardy taren tari tarin tariq
tarkington tarleton tarlton tarnovski tarnowski tarpey tarpley tarquinio tarr tarra tarrance tarrant tarry
tarsha tart tartaglia tarter tartt tarver tarvin tarwater taryn tash tasha tashia tashina tashjian tasia
tasker tasnim tassin tassinari tassone tat tata tatar tate tatem tatham tatiana tatman tatom tatro tatum
tatyana taub taube tauber tauer taul taulbee taunton taunya tauscher tavares tavarez tavenner tavera taveras
taverna tavernier tavira tawana tawanda tawanna tawfik tawil tawna tawney tawny tawnya tax tay tayag tayler
taylor tayna tays te tea teachey teachout teagle teague teal teamer teasdale teasley teater tebbe tebo tecson
ted tedder teddy tedeschi tedesco tedford tedrick tedrow tee teed teegarden teel teems teena teeple teeples
teer teeter teeters teets tefera tefft tegan tegeler tegtmeier tehrani teich teichman teigen teisha teitelbaum
teixeira tejada tejas tejeda tejera tekle telfair telfer telford tell teller telles tellez tellier tellis
tello telma temeka temika temme tempel tempesta tempie temple templeman temples templet templeton templin tena
tenaglia tenbrink tench tenenbaum tenesaca tenesha teneyck tenezaca teng teniente tenisha tennant tenner
tenney tennie tennille tennis tennison tenny tennyson tenorio tenpenny teo teodora teodoro teofila tep tepe
tepper tequila tera terada teran tercero tereasa terence teresa terese teresi teresia teresita teressa terhaar
terhune teri terica terina terisa termini ternes terpening terpstra terra terrance terranova terrazas
terrebonne terrel terrell terrence terrero terresa terri terrie terrien terrill terrilyn terrio terriquez
terrones terry teruya terwilliger terzian tesar tesch tescher tesfaye tesh tesha teske tesmer tesoriero tesoro
tess tessa tessema tessie tessier tessitore tessler tessman tessmer test testa tester testerman teston teta
teter teti tetrault tetreault tetrick tetsuo tetteh tetzlaff teufel teuscher teves tevis tew tewell tewes
tewksbury tewodros tews texeira texidor tezeno thach thacker thackeray thackston thad thaddeus thaggard thai
thaker thakkar thakur thaler thalia thalman tham thames thammavong thammavongsa than thang thanh thao thapa
tharp tharpe tharrington thatch thatcher thaxton thayer thayne thea thebeau theberge theda thede thedford
theel thein theis theisen theiss thelen thelma then theo theobald theodora theodore theola theresa therese
theresia theressa theriault theriot theron theroux therrell therriault therrien thersa thesing thessel
thetford theurer theus thi thiam thibault thibeau thibeault thibeaux thibodaux thibodeau thibodeaux thiede
thiel thiele thielen thielke thielman thiem thieman thiemann thieme thien thierry thies thiessen thigpen thill
thind thiry thistle thivierge thode thoele thoennes thole tholen thom thoma thoman thomann thomas thomasena
thomasina thomasine thomason thomasson thome thomes thomison thomley thompkins thompson thoms thomsen thomson
thomure thon thong thor thora thorburn thoren thoresen thoreson thorman thorn thornberry thornburg thornburgh
thorne thornell thornhill thornley thornock thornsberry thornsbury thornton thorp thorpe thorsen thorson
thorstenson thota thrailkill thrall thrash thrasher threadgill threat threats threatt threet threlkeld thresa
thresher thrift throckmorton throne throop thrower thrush thu thulin thull thurau thurber thurgood thurlow
thurman thurmon thurmond thurow thursby thurston thuy thweatt tia tian tiana tianli tianna tiano tiara tibbets
tibbetts tibbits tibbitts tibbs tiberi tiberio tiburcio ticas tice tichenor tichy tickle ticknor tidball tidd
tidmore tidwell tiede tiedeman tiedemann tiedt tiegs tieman tiemann tiemeyer tien tienda tiera tiernan tierney
tierra tiesha tietjen tietz tieu tifany tiffaney tiffani tiffanie tiffany tiffin tiffiny tifft tift tiger
tigges tiggs tighe tigner tignor tigran tigue tijerina tijuana tilbury tilda tilden tilford tilghman till
tiller tillery tillett tilley tillie tillinghast tillis tillison tillman tillmon tillotson tillson tilly
tilman tilson tilton tim timberlake timbers timbrook timbs timika timko timlin timm timmer timmerman
timmermann timmins timmons timms timmy timothy timpe timpson tims tin tina tinajero tinch tincher tindal
tindall tindell tinder tindle tineo tiner ting tingen tingey tingle tingler tingley tinisha tinker tinkham
tinkle tinkler tinnell tinney tinnin tino tinoco tinsley tinson tiny tiongson tipler tippens tippett tippetts
tippie tippin tippins tippit tipps tipsword tipton tirado tirey tirone tirpak tirrell tisa tiscareno tisch
tischer tischler tisdale tisdell tish tisha tison titcomb tito titsworth tittle titus tiu tiwari tjaden tkach
tkachenko tkachuk tlatelpa to toal tobar tobe tober tobey tobi tobia tobias tobie tobin tobler tobon toby
toccara tocci tocco tod todaro todd todorov toe toepfer toews toft tofte toi tokar tokarski tokarz tokunaga
tolan toland tolar tolbert toledano toledo tolen tolentino toler toles tolin toliver tolkien toll tolle
tollefson toller tolles tolleson tollett tolley tollison tolliver tolman tolosa tolson tom toma tomaino toman
tomas tomasa tomasek tomaselli tomasello tomasetti tomasi tomasik tomasini tomasko tomassi tomasso tomaszewski
tomberlin tomblin tomczak tomczyk tome tomei tomeka tomeo tomer tomes tomey tomi tomic tomich tomika tomiko
tomita tomkins tomko tomlin tomlinson tommie tommy tommye tomoko tompkins tompson toms tomson ton tona tonche
tonda tone tonelli toner tonette toney tong tonge tongsheng toni tonia tonie tonisha tonita tonja tonkin tonn
tony tonya toohey tooke tooker tookes toole tooley toombs toomer toomey toon toone toops toor toothaker
toothman tootle tope topel topete topham topolski topp topper toppin topping topps tora torain toral toran
torbert torbett torchia torelli torgersen torgerson tori torian toribio torie torio torkelson tormey tornabene
tornatore tornow toro torok torosian torosyan torpey torralba torrance torre torrence torrens torres torrey
torrez torri torrico torrie torrisi tortora tortorella tortorici tory toscano tosh tosha toshia toshiko tosi
toso tostado toste tosti totaro toth totherow totman toto totten totty touch touchet touchette touchstone
touchton tougas touhey touma toupin toups touray toure tourville tousignant tousley toussaint tova tovar tovey
tow towanda towe towell tower towers towery towey towle towler towles town towne towner townes townley towns
townsel townsell townsend townsley townson towry towsley toy toya toyama toye tozer tozier tozzi trabanco
trabucco trace tracee tracey trachtenberg traci tracie tracy trader traeger trafford trafton trager trahan
trail train traina trainer trainor tram tramble tramel trammel trammell tran trang trani transue trant tranter
trantham traore trapani trapp trask traub traughber traut trautman trautmann trautwein traver travers traverso
travieso travis traweek trawick traxler traylor traynham traynor traywick treacy treadaway treadway treadwell
treanor treasa treaster treasure treat tredway treece treena trees treese tregar trego treiber treichel trejo
trejos treloar tremain tremaine tremblay tremble trembley trembly tremmel tremper trena trenary trenholm trent
trentham trenton trepanier treptow tresa tressa tressie tressler trester treto tretter treva trevathan trevino
trevizo trevor trew trexler trey trezza triana triano tribbett tribbiani tribble tricarico trice triche tricia
trick trickett trickey trierweiler trieu trigg triggs trigo trigueros trillo trim trimble trimboli trimm
trimmer trina trindade tringali trinh trinidad trinity trinkle triola triolo tripathi tripi triplett tripodi
tripoli tripp trippe trish trisha trisler trista tristan tritt trivedi trivett trivette trobaugh troche
trochez troester trogdon troia troiano troisi trojan trojanowski trollinger trombetta trombley trombly
troncoso trone troop trosclair trosper trost trostle trotman trott trotta trotter trottier troup troupe
trousdale trout troutman troutt trovato trowbridge trowell trower troxel troxell troxler troy troyan troyer
truax truby trudeau trudel trudell trudi trudie trudy true trueblood truelove trueman truesdale truesdell
truett truex truitt trujillo trula trull truluck truman trumble trumbo trumbull trump trunk trunnell trunzo
truong trupiano truscott truslow truss trussell trusty tryon trzcinski tsai tsan tsang tsao tschetter tschida
tschirhart tse tseng tserekh tsering tso tsoi tsosie tsou tsui tsuji tu tuan tuason tuazon tubb tubbs tubman
tucci tucciarone tuck tucker tudor tuel tuell tufano tuff tuft tufts tuggle tugwell tuite tukes tula tuley
tull tuller tulley tullier tullis tullo tulloch tullock tullos tully tuma tumbleson tumblin tumey tumlin
tumlinson tumminello tun tune tung tungate tunis tunison tunnell tunney tunstall tuohy tupa tupou tupper turan
turano turay turberville turbeville turbyfill turcios turco turcotte turek turenne turgeon turi turk turley
turlington turman turnage turnbaugh turnbough turnbow turnbull turner turney turnipseed turnmire turnquist
turpen turpin turra turrell turrentine turrubiartes turrubiates tursi turton turvey tusa tusing tussey tussing
tustin tuten tuthill tutor tutt tuttle tutwiler tuyet twaddle twana twanda twanna twardowski twedt tweed
tweedie tweedy twersky twiford twigg twiggs twila twilley twine twining twiss twist twitchell twitty twohig
twombly twomey twyla twyman ty tyagi tyburski tye tyer tyesha tyisha tyler tylka tynan tyndall tyner tynes
tynisha tyo tyra tyre tyree tyrell tyron tyrone tyrrell tysinger tyson tyus ubaldo uber uchida udall uddin
udell udy uecker ueda uehara ugalde ugarte uher uhl uhler uhlig uhlman uhrich uhrig ula ulbrich ulery ulibarri
ullah ullery ullman ullmann ulloa ullom ullrich ulm ulman ulmer ulrey ulrich ulrike ulsh ulstein ulysse
ulysses um umali umana umanzor umar umbarger umberger umesan umland umphrey umstead un una unangst underhill
underwood ung ungar ungaro unger unrein unruh unser unsworth unzueta upadhyay upchurch updegraff updike updyke
upham uphoff uphold upp uppal upright upshaw upshur upson uptain upton uranga urbach urban urbanczyk urbanek
urbaniak urbano urbanowicz urbanski urbieta urbina urdaneta urdiales ure uren urena urenda ureno uresti ureta
urey urgiles uriarte urias uribe urich urick urie uriegas urieta urioste uriostegui urizar urquhart urquidez
urquidi urquilla urquiza urquizo urrea urrutia urs urso ursula urzua usain uscanga uselton usery usha usher
usman usmani usrey usry ussery uszkoreit ute utecht uthe utkarsh utley utsey utt utter utterback utz uvalle uy
uyeda uyehara uzzell uzzle vaca vacanti vacca vaccaro vacek vachon vada vadala vaden vader vadnais vahle
vaidya vail vaillancourt val valade valadez valarie valasek valbuena valcarcel valcin valcourt valda valderas
valderrama valdes valdespino valdez valdivia valdivieso valdiviezo valdovinos vale valek valencia valenciano
valene valent valenta valente valenti valentin valentina valentine valentini valentino valenza valenzuela
valera valeri valeria valeriano valerie valerio valerius valero valery vales valiente valk valko valladares
valladolid vallance valle vallecillo vallee vallejo vallejos vallery valles valletta valley vallez valli
vallie vallier valliere vallin vallo vallone valls valois valorie valrie valtierra valtteri valvano valverde
valvo van vana vanacker vanaken vanallen vanalstine vanalstyne vanaman vanantwerp vanarsdale vanasse vanatta
vanauken vanbeek vanbibber vanbrocklin vanbrunt vanburen vanbuskirk vancamp vance vancil vancleave vancleve
vancura vancuren vanda vandagriff vandal vandam vandamm vandamme vandeberg vandegrift vandehey vandemark
vandenberg vandenbos vandenbosch vandenburg vandenburgh vandenheuvel vanderbeek vanderberg vanderbilt
vanderburg vanderford vandergriff vandergrift vanderheiden vanderheyden vanderhoff vanderhoof vanderhorst
vanderlaan vanderlinde vanderlinden vandermark vandermeer vandermeulen vandermolen vanderploeg vanderpol
vanderpool vanderslice vanderveen vanderveer vandervelde vandervoort vandervort vanderwal vanderwall
vanderweide vanderwerf vanderwerff vanderwoude vanderzanden vanderzee vandeusen vandevelde vandeven
vandeventer vandever vandewalle vandewater vandine vandiver vandoorne vandoren vandorn vandunk vandusen
vanduyn vanduyne vandyck vandyk vandyke vandyken vandyne vaneck vanegas vanek vanepps vanesa vaness vanessa
vanetta vanetten vanevery vanfleet vanfossen vang vangelder vangilder vangorden vangorder vangorp vanguilder
vangundy vanhandel vanhook vanhoose vanhooser vanhorn vanhorne vanhouten vanhoy vanhuss vania vanita vankampen
vankeuren vankirk vanlandingham vanlaningham vanleer vanleeuwen vanleuven vanliew vanloo vanloon vanmatre
vanmeter vann vanna vannatta vannatter vannesa vanness vannessa vannest vanni vannorman vannostrand vannote
vannoy vanorden vanorder vanorman vanover vanpatten vanpelt vanriper vanroekel vansant vanscoy vanscyoc
vansickle vanslyke vantassel vantassell vanterpool vantine vantrease vantuyl vanvalkenburg vanvalkenburgh
vanvleck vanvleet vanvliet vanvoorhis vanvoorst vanwagenen vanwagner vanwagoner vanwert vanwey vanwie
vanwinkle vanwormer vanwyk vanzandt vanzant vanzee vanzile vaquera vaquerano vaquero vara varady varano varble
vardaman vardanyan varela varelas varga vargas varghese vargo varian varley varma varn varnado varnadoe
varnadore varnell varner varnes varney varnum varon varona varone vartanian varughese varvel vasallo vasbinder
vasco vasconcellos vasconcelos vasey vashti vasil vasile vasiliki vaske vasko vasques vasquez vass vassallo
vassar vassell vasser vasseur vasta vasudevan vaswani vath vaughan vaughn vaughns vaught vause vavra vawter
vaz vazques vazquez vea veach veal veale veals veasey veasley veatch veazey vecchio vecchione veda vedder
veeder veenstra veer vega vegas veiga veilleux veillon veit veitch veith vejar vela velaquez velarde velasco
velasques velasquez velazco velazquez velda veldman velez velia velis veliz vella velma velo veloso veloz
veltman veltri velva velvet vena venable venancio vences vencill vendetti venditti venegas venema venessa
venetta veney venezia veneziano venice venita venkataraman venkatesan venkatesh venn venne vennie veno venson
venter venters ventimiglia vento ventre ventresca ventura venturini venus venuti venuto venzor veola vera
verano veras verastegui verbeck verburg vercher verda verde verdejo verdell verdi verdie verdin verdon verdugo
verdun verdusco verduzco vereen verena veres verga vergadia vergara verge vergie verhagen verhey verhoeven
verhoff verhulst verity verla verlene verlie verline verma vermeer vermette vermeulen vermillion vermilyea
vern verna vernell verner vernetta vernia vernice vernie vernier vernita vernon verona veronica veronika
veronique verret verrett verrier verrill versie versteeg vertie vertrees verville vescio vesely vesey vespa
vesper vess vessels vest vesta vestal vester veta vetere vetrano vetsch vettel vetter veverka vezina vi via
vial viall vialpando vian viana viar viars viator viau vibbert vicari vicario vicars vice vicencio vicenta
vicente vick vickerman vickers vickery vickey vicki vickie vicknair vickrey vickroy vicks vicky victor
victoria victorian victoriano victorina victorino victorio victory vicuna vida vidal vidales vidals vidana
vidaurri vides vidmar vidrine vidrio vieau viegas vieira viel viele vielma vien viens viera vierling viernes
vierra viers vieth viets vieyra vig vigeant viggiano vigil vigilante viglione vigliotti vigna vignola vigo
vigue vijay vik viki vikki vila vilches vilchez vilchis viles villa villacis villacorta villada villafan
villafana villafane villaflor villafranca villafranco villafuerte villagomez villagran villagrana villalba
villalobos villalon villalona villalovos villalpando villalta villalva villalvazo villamar villamil villamor
villaneda villani villano villanova villanueva villar villard villareal villarreal villarroel villarruel
villasana villasenor villatoro villaverde villavicencio ville villeda villegas villela villella villena
villeneuve villers villescas villicana villines vilma viloria vina vinas vince vincent vincenti vincenza
vincenzo vinci vinciguerra vine viner vines viney vineyard vinh vining vinita vink vinnie vinson vint vinton
vinyard vinzant viola violante violet violeta violette vipperman viramontes virani virat viray virden virella
vires virga virgen virgie virgil virgilio virgin virgina virginia virgo virk virnig virrueta virtue viru
viruet vis viscarra visco visconti vise visser viswanathan vita vitagliano vital vitale vitali vite vitek
vitela vitelli vitello viteri vitiello vito vitolo vitor vitrano vitt vitti vittitow vitug vitullo viva vivan
vivanco vivar vivas viveiros viverette viveros vives vivian viviana viviano vivien vivienne vivier vizcaino
vizcarra vizcarrondo vlach vlahos vlasak vlcek vliet vo voegele voegeli voelkel voelker voeller vogan vogel
vogelsang voges vogl vogler vogt vohra vohs voight voigt voiles voisin voisine voit volcy vold volk volker
volkert volkman volkmann volkov voll vollmar vollmer vollrath volner volpe volpi voltaire voltz volz von vona
voncile vonda vonderhaar vonderheide vondra vonfeldt vong vonnie voong voorhees voorhies voorhis vora vore
vorhees voris vos vosberg vosburg vosburgh vose voshell voss vossen vossler votaw voth votta vought vowell
vowels voyles vrabel vrana vredenburg vreeland vroman vroom vrooman vu vue vukovich vuong vyas văran waage
wach wacha wachowiak wachowski wachs wachtel wachter wack wacker wada waddell waddington waddle waddy wade
wadhwa wadkins wadle wadleigh wadley wadlington wadlow wadman wadsworth waechter wafer wafford wagaman wagar
wagener wager wagers wages waggener waggoner wagle wagler wagley wagman wagner wagnon wagoner wagstaff
waguespack wah wahab wahba waheed wahid wahl wahlberg wahlen wahler wahlers wahlgren wahlquist wahlstrom wai
waibel waid wain wainright wainscott wainwright wait waite waiters waites waits wajda wake wakefield wakeland
wakeley wakeman walberg walbert walborn walbridge walburn walch walck walcott walczak wald waldeck walden
walder waldie waldman waldmann waldner waldo waldon waldorf waldrep waldrip waldron waldrop waldroup waldrup
waldschmidt waldvogel wales walford walk walke walker walko walkowiak walkup wall walla wallace wallach walle
wallen waller walley wallick wallin walling wallingford wallis wallman wallner walls wally walmer walmsley
walp walpole walrath walraven walser walsh walston walstrom walt walter walters walthall walther walthers
walthour waltman walton waltraud waltrip walts waltz walworth walz walzer wambach wambold wampler wamsley wan
wanamaker wand wanda wandell wander wanek waneta wanetta wang wangen wangler wanita wanke wanless wann
wannamaker wanner wansley wanta wantland wantz wanzer waples warburton warchol ward warda wardell warden
wardlaw wardle wardlow wardrop wardwell ware wareham warehime warf warfel warfield warford wargo warhurst
waring wark warkentin warlick warmack warman warmuth warn warne warnecke warneke warner warnick warning warnke
warnken warnock warr warren warrick warriner warrington warrior warsame warshaw warth warthen warwick warzecha
wascher wasden wash washam washburn washer washington wasielewski wasik wasilewski wasinger waskiewicz wasko
wasmund wason wass wassel wassell wasser wasserman wasson waszak watanabe watchman waterbury waterfield
waterhouse waterman waters waterson watford wathen watkin watkins watkinson watley watlington watrous watson
watt wattenbarger watters watterson watts waugaman waugh wava wawrzyniak wax waxler waxman way waybright
waycaster waye wayland waylon wayman waymire wayne waynick wayt we'll weakland weakley weaks wear weary wease
weast weatherall weatherbee weatherby weatherford weatherhead weatherholt weatherington weatherly weatherman
weathers weathersbee weathersby weatherspoon weatherwax weathington weaver webb webber weber webley webre
webster wechsler weck wecker wedderburn wedding weddington weddle wedekind wedeking wedel wedemeyer wedge
wedgeworth wedin wee weed weeden weedman weedon weekes weekley weekly weeks weems weese weesner wegener weger
weglarz wegman wegmann wegner wegrzyn wehling wehmeyer wehn wehner wehr wehrle wehrlein wehrman wehunt wei
weibel weible weick weide weideman weidemann weidler weidman weidner weier weigand weigel weight weightman
weigle weik weikel weikert weikle weil weiland weiler weiman weimer wein weinberg weinberger weiner weinert
weingart weingarten weingartner weinheimer weinhold weinkauf weinman weinmann weinreich weinrich weinstein
weinstock weintraub weir weirich weis weisberg weisbrod weise weisel weisenberger weisenburger weiser
weisgerber weishaar weisinger weiskopf weisman weisner weiss weisser weissinger weissman weist weisz weitz
weitzel weitzman welborn welch welcher welcome weld welden welder weldon weldy welk welke welker well wellborn
welle wellen weller welles welling wellington welliver wellman wellner wellnitz wellons wells welp welsch
welsh welshans welte welter welton welty welwyn welz wemple wen wences wendel wendell wendi wendie wendland
wendlandt wendler wendling wendolyn wendorf wendt wendy weng wenger wengerd wengert wenhaug wenk wenner
wenning wenninger wenona wenrich wensel wente wentland wentling wentworth wentz wentzel wentzell wenz wenzel
werkheiser werkmeister werle werley werling werner wert werth wertheim wertheimer wertman werts wertz wes
wesby wescott wesley wesner wesolowski wess wessel wessell wessels wessinger wessling wessner wesson west
westall westberg westberry westbrook westbrooks westbury westby westcott westendorf wester westerberg
westerfield westergaard westergard westerlund westerman westermann western westervelt westfall westfield
westgate westhoff westhuizen westin westlake westley westling westlund westman westmoreland weston westover
westphal westra westrick westwood wetherbee wetherby wetherell wetherington wethington wetmore wetter
wettstein wetzel wetzler wever wexler wey weyand weyandt weyant weyenberg weyer weyers weygandt weymouth
weyrauch whalen whaley whang wharton whatley wheat wheatley wheaton wheeland wheeldon wheeler wheeless
wheeling wheelis wheelock wheelwright whelan whelchel wheless whelpley wherley wherry whetsel whetsell
whetstone whetzel whichard whicker whidden whiddon whigham whinery whipkey whipp whipple whisenant whisenhunt
whisler whisman whisnant whistler whitacre whitaker whitbeck whitby whitcher whitchurch whitcomb white
whiteaker whitecotton whited whitefield whiteford whitehair whitehead whitehill whitehorn whitehouse
whitehurst whitelaw whiteley whitelock whitelow whitely whiteman whiten whitenack whitener whitesel whitesell
whiteside whitesides whitfield whitford whitham whiting whitis whitlatch whitley whitlock whitlow whitman
whitmarsh whitmer whitmire whitmore whitner whitney whitsell whitsett whitsitt whitson whitt whittaker whitted
whittemore whitten whittenburg whittier whittingham whittington whittle whittlesey whitton whitty whitwell
whitworth whorley whorton whyte wiant wiberg wible wichert wichman wichmann wick wicke wickens wicker
wickersham wickert wickes wickett wickey wickham wickizer wickliffe wickline wicklund wickman wicks wickstrom
wickware wickwire wideman widener widger widjaja widman widmann widmer widner wiebe wieber wieberg wiechman
wiechmann wieck wieczorek wiedeman wiedemann wieder wiederhold wiederholt wiedman wiegand wiegel wiegert
wiegman wiegmann wieland wieman wiemann wiemer wiencek wieneke wiener wienke wiens wier wierenga wierman
wiersema wiersma wierzba wierzbicki wiese wiesen wieser wiesman wiesner wiest wigfall wigger wiggers wiggin
wiggins wigginton wigglesworth wiggs wight wightman wigington wiginton wigley wignall wigton wike wikoff
wikstrom wilbanks wilber wilbert wilbon wilborn wilbourn wilbur wilburn wilcher wilcock wilcox wilcoxen
wilcoxon wilcoxson wilczek wilczynski wild wilda wilde wilder wilderman wildermuth wildes wildey wilding
wildman wildrick wilds wildt wile wileman wilemon wilensky wiles wiley wilfong wilford wilfred wilfredo wilgus
wilhelm wilhelmi wilhelmina wilhemina wilhite wilhoit wilhoite wilk wilke wilken wilkening wilkens wilker
wilkerson wilkes wilkey wilkie wilkin wilkins wilkinson wilkison wilks will willa willard willbanks willcox
willcutt willden wille willeford willems willen willena willenborg willene willer willet willett willetta
willette willetts willey willford willhite willhoite willia william williams williamson willian williard
willie williemae williford willig willing willingham willis willison williston willits willman willmann
willmon willmore willms willner willodean willoughby willow wills willsey willson willy willyard wilma
wilmarth wilmer wilmes wilmore wilmot wilmoth wilms wilner wilsey wilshire wilson wilt wilton wiltrout wiltse
wiltshire wiltsie wiltz wimberley wimberly wimbish wimbley wimbush wimer wimmer wims wimsatt win winans
winberg winberry winborn winborne winburn winbush wince winch winchell winchester winckler wind winder winders
windham windhorst windisch windle windley windom windsor windy wine winebarger winebrenner winegar winegardner
wineinger wineland wineman winemiller winer wines winfield winford winfred winfree winfrey wing wingard
wingate winge winger wingert wingerter winget wingfield wingler wingo wingrove winiarski winifred wininger
wink winkel winkelman winkelmann winker winkfield winkle winkleman winkler winkles winland winn winne winner
winnett winnie winnifred winning winningham winona winsett winship winslett winslow winsor winstead winston
wint winter winterbottom winterhalter wintermute winters winterton winther winthrop winton wintz winward
winzer wipf wire wireman wirick wirkus wirt wirth wirtz wisdom wise wisecarver wisecup wisehart wiseley wisely
wiseman wisener wiser wishart wishon wisler wismer wisner wisneski wisnewski wisniewski wisor wissing
wissinger wissler wissman wiswell witcher witczak witek witham withee witherell witherington witherow withers
witherspoon withey withrow witkowski witman witmer witt witte witten wittenberg witter wittig wittman wittmann
wittmer wittrock wittwer witty witucki witwer witz witzel witzke wix wixom wixon wixson wlodarczyk wm wnek
wnuk woelfel woerner woessner wofford wohl wohler wohlers wohlford wohlgemuth wojciechowski wojcik wojnar
wojtas wojtowicz wolak wolbert wolcott wold wolf wolfe wolfenbarger wolfer wolfert wolff wolfgang wolfgram
wolfinger wolfley wolford wolfram wolfson wolin wolinski wolk wolke wolken woll wollam wollard wollenberg
woller wollin wollman woloszyn wolpert wolski wolter wolters woltman woltz wolverton wolz womac womack womble
wombles womer wommack won wonda wonder wonderly wonders wondra wong woo wood woodall woodard woodberry
woodbridge woodburn woodbury woodby woodcock woodcox wooddell woodell wooden woodfield woodfin woodford
woodfork woodham woodhams woodhead woodhouse woodhull woodie woodin wooding woodland woodley woodlief woodman
woodmansee woodring woodrow woodruff woodrum woods woodside woodson woodward woodworth woody woodyard woofter
wool woolard woolbright wooldridge woolen woolery woolever wooley woolf woolfolk woolford woolley woolman
woolridge woolsey woolston woolum woolums woolverton woolwine woomer woosley wooster wooten wooters wooton
wootten wootton worcester word worden work workman works worku worland worley worm worman wormley wormuth
worrall worrell worsham worsley worstell worster worth wortham worthen worthey worthing worthington worthley
worthy wortman wortmann wotring wozniak woznicki wozny wray wrede wren wrench wrenn wright wrightsman
wrightson wrigley wrinkle wriston wrobel wrobleski wroblewski wrona wronski wroten wruck wu wuertz wuest wulf
wulff wunder wunderlich wunsch wurm wurst wurster wurth wurtz wurz wuthrich wyant wyatt wyble wyche wyckoff
wycoff wydra wyer wyers wyeth wygant wykoff wyland wyler wyles wylie wyllie wyman wymer wymore wynder wyne
wynell wynia wynkoop wynn wynne wynona wynter wyrick wyse wysocki wysong wyss xavier xenia xi xia xiang xiao
xie xin xing xiomara xiong xochitl xu xuan xue yabut yacoub yadao yadav yadira yadon yaeger yaeko yael yaffe
yager yagi yahaira yahn yahya yajaira yakovets yakubov yale yam yamada yamaguchi yamamoto yamanaka yamane
yamasaki yamashiro yamashita yamauchi yambao yan yancey yancy yandell yandle yanes yanez yang yanira yanke
yankee yankey yanni yano yant yantis yao yap yaple yarber yarberry yarborough yarbough yarbro yarbrough yard
yarde yardley yarger yarnall yarnell yarrington yasin yasmin yasmine yassin yasuda yasuko yates yatskevich
yatsko yau yauger yaw yawn yax yazdani yazzie ybanez ybarbo ybarra ye ye'll yeager yeagley yeakel yeaman
yearby yeargin yearout yearsley yearwood yeary yeater yeates yeatman yeaton yeats yeatts yeboah yebra yee yeh
yeldell yelena yell yelle yellin yellowhair yelton yelverton yelvington yen yeo yeoman yeomans yep yepes yepez
yepiz yer yerby yerena yerger yerian yerkes yescas yesenia yessenia yetman yetta yetter yeung yevette yglesias
yi yildiz yilmaz yim yin ying yinger yingling yingst yip yiu yniguez yo yoakum yochum yockey yocom yocum yoder
yohannes yohe yohn yoho yokley yoko yokota yokoyama yokum yolanda yolande yolando yolonda yon yonan yonce yong
yonker yonkers yonts yontz yoo yoon yopp yordy york yorke yorks yoshida yoshie yoshikawa yoshiko yoshimoto
yoshimura yoshioka yost yother you youhei youlanda youmans youn younan younce younes young youngberg
youngblood younger younglove youngman youngquist youngren youngs younis younker younkin yount younts yousef
yousif youssef yousuf youxi yow yowell yslas yu yuan yue yuen yuette yuhas yuhasz yuk yuki yukiharu yukiko
yuko yulanda yule yum yun yung yunker yuonne yuri yuriko yurko yusko yusuf yusupov yutzy yuxuan yuzuru yvette
yvone yvonne yzaguirre zabala zabel zabinski zablocki zaborowski zabriskie zacarias zaccaria zach zachariah
zacharias zachary zacher zachery zachman zachry zack zackary zackery zada zafar zafra zagal zagar zager
zagorski zahid zahler zahm zahn zahner zaida zaidi zaino zajac zajicek zak zakaria zakarian zakarids zaki
zakrzewski zaldana zaldivar zale zaleski zalewski zaman zamani zamarripa zamarron zambito zambrana zambrano
zammit zamor zamora zamorano zamudio zamzow zana zander zanders zandra zane zanetti zang zanghi zank zanoni
zanotti zapanta zapata zapf zapien zapp zappa zappala zappia zar zara zaragoza zarate zarazua zarco zarcone
zaremba zartman zaruba zastrow zatarain zaugg zaun zavala zavaleta zavalza zawacki zawada zawadzki zawistowski
zayas zayed zazueta zea zebrowski zecca zech zechman zeck zee zeeb zeek zeferino zegarra zeh zehnder zehner
zehr zeidan zeiders zeidler zeiger zeigler zeiler zeis zeitler zeitlin zeitz zelada zelasko zelaya zelda
zeledon zelenak zelenka zelinski zelinsky zell zella zeller zellers zellmer zellner zelma zemaitis zeman zemke
zena zenaida zendejas zender zeng zenger zenia zenk zenker zenner zeno zenobia zenon zent zenteno zentner
zentz zeoli zepeda zepp zerbe zerby zeringue zermeno zerr zertuche zervos zetina zetino zetta zettel
zettlemoyer zettler zevallos zhai zhan zhang zhao zhaohua zhen zheng zhong zhongyang zhou zhu zhuang zhuo zia
zick zickefoose zieba ziebarth ziebell ziegler zielinski zielke zieman ziemann ziemba ziemer zientek zier
ziesmer zietlow ziglar zigler zijin zilka zima zimbelman zimmer zimmerer zimmerle zimmerly zimmerman
zimmermann zimny zina zinck zinda zinger zink zinke zinn zins zinser ziobro ziolkowski zion zipp zipperer
zirbel zirkle zita zito zizzo zmuda zobel zobrist zoch zoe zoeller zoellner zofia zoila zola zoll zollars
zoller zollinger zollner zollo zona zonia zook zora zoraida zorn zornes zorrilla zou zsak zuber zubia zubiate
zuccaro zucco zuchowski zuck zucker zuckerman zuehlke zuercher zufall zufelt zuidema zuk zukowski zula zulema
zuleta zullo zulma zuluaga zulueta zumba zummo zumwalt zundel zuniga zunker zuno zuo zupan zupancic zurawski
zurcher zurek zurita zurn zwart zweifel zweig zwick zwicker zwiebel zwolinski zych zyla zylstra émile über
šedivý šimánek šuppa
`;
