"""Common English words (4-24 letters) that typo correction must leave alone.

Generated once from the 30,000 most frequent English words of the ``wordfreq`` package (3.1.1,
``top_n_list("en", 30000)``, alphabetic ASCII only) so that "valuation" is never "corrected" to
"validation" nor "body" to "bods". Not a runtime dependency: this module is the data.
"""

WORDS = frozenset(
    """
aaron aback abandon abandoned abandoning abandonment abba abbas abbey abbot abbott abbreviated abbreviation
abbreviations abby abdel abdomen abdominal abducted abduction abdul abdullah abel abercrombie aberdeen
aberration abhorrent abide abiding abigail abilities ability abject able abnormal abnormalities abnormally
aboard abode abolish abolished abolishing abolition abomination aboriginal abort aborted abortion abortions
abound about above abraham abrams abrasive abridged abroad abrupt abruptly absence absences absent absentee
absolute absolutely absorb absorbed absorbing absorbs absorption abstain abstinence abstract abstraction
abstracts absurd absurdity abuja abundance abundant abundantly abuse abused abuser abusers abuses abusing
abusive abyss acacia academia academic academically academics academies academy accelerate accelerated
accelerates accelerating acceleration accelerator accent accents accept acceptable acceptance accepted
accepting accepts access accessed accessibility accessible accessing accession accessories accessory accident
accidental accidentally accidents acclaim acclaimed accolades accommodate accommodated accommodating
accommodation accommodations accompanied accompanies accompaniment accompany accompanying accomplice
accomplices accomplish accomplished accomplishing accomplishment accomplishments accord accordance accorded
according accordingly accordion accords account accountability accountable accountancy accountant accountants
accounted accounting accounts accra accreditation accredited accrued accumulate accumulated accumulating
accumulation accuracy accurate accurately accusation accusations accuse accused accuser accuses accusing
accustomed acer aces acetate ache aches achievable achieve achieved achievement achievements achieves
achieving achilles aching acid acidic acidity acids acknowledge acknowledged acknowledgement acknowledges
acknowledging acknowledgment aclu acne acorn acosta acoustic acoustics acquaintance acquaintances acquainted
acquire acquired acquires acquiring acquisition acquisitions acquittal acquitted acre acreage acres acronym
across acrylic acted actin acting action actionable actions activate activated activates activating activation
active actively activism activist activists activities activity acton actor actors actress actresses acts
actual actuality actually acupuncture acute acutely adam adamant adams adapt adaptable adaptation adaptations
adapted adapter adapting adaptive added addict addicted addiction addictions addictive addicts adding addis
addison addition additional additionally additions additive additives address addressed addresses addressing
adds adelaide adele aden adept adequate adequately adhd adhere adhered adherence adherents adhering adhesion
adhesive adidas aditya adjacent adjective adjectives adjoining adjourned adjunct adjust adjustable adjusted
adjusting adjustment adjustments adjusts adjutant adler admin administer administered administering
administers administration administrations administrative administrator administrators admins admirable
admiral admiralty admiration admire admired admirer admirers admiring admission admissions admit admits
admitted admittedly admitting adnan adobe adolescence adolescent adolescents adolf adopt adopted adopting
adoption adoptive adopts adorable adoration adore adored adorn adorned adrenal adrenaline adrian adriana
adrift adult adultery adulthood adults advance advanced advancement advancements advances advancing advantage
advantageous advantages advent adventure adventurer adventurers adventures adventurous adversaries adversary
adverse adversely adversity advert advertise advertised advertisement advertisements advertiser advertisers
advertising adverts advice advisable advise advised adviser advisers advises advising advisor advisors
advisory advocacy advocate advocated advocates advocating aegis aerial aero aerobic aerodynamic aeronautical
aeronautics aeroplane aerosol aerospace aesthetic aesthetically aesthetics afar affair affairs affect affected
affecting affection affectionate affectionately affections affective affects affidavit affiliate affiliated
affiliates affiliation affiliations affinity affirm affirmation affirmative affirmed affirming affleck
afflicted affliction affluent afford affordability affordable afforded affords afghan afghanistan afield
afloat aforementioned afraid africa african africans afro after afterlife aftermarket aftermath afternoon
afternoons afterward afterwards again against agar agatha aged ageing agencies agency agenda agendas agent
agents ages aggravated aggravating aggregate aggregated aggregates aggregation aggression aggressive
aggressively aggressor agile agility aging agitated agitation agnes agnostic agonizing agony agrarian agree
agreeable agreed agreeing agreement agreements agrees agricultural agriculture aguero ahead ahem ahhh ahmad
ahmed ahmedabad aidan aide aided aiden aides aiding aids aiken ailing ailment ailments aimed aimee aiming aims
aint airbnb airborne airbus aircraft aired aires airfield airflow airing airline airliner airlines airmen
airplane airplanes airport airports airs airspace airstrike airstrikes airwaves airway airways airy aisha
aisle aisles ajax ajay akbar akin akira akron alabama aladdin alain alam alameda alamo alan alarm alarmed
alarming alarms alas alaska alaskan alastair alba albania albanian albany albeit albert alberta alberto albino
albion album albums albuquerque alchemist alchemy alcohol alcoholic alcoholics alcoholism alden alder alderman
aldo aldrich aldridge alec alejandro aleppo alert alerted alerting alerts alessandro alex alexa alexander
alexandra alexandre alexandria alexei alexis alfa alfie alfonso alfred alfredo algae algebra algebraic algeria
algerian algiers algorithm algorithms alia alias alibi alice alicia alien alienate alienated alienating
alienation aliens alight align aligned aligning alignment alike alimony alison alistair alive alkaline allah
allan allegation allegations allege alleged allegedly alleges allegheny allegiance alleging allegory allen
allergic allergies allergy alleviate alley alleys alliance alliances allie allied allies alligator allison
allocate allocated allocation allocations allotment allotted allow allowable allowance allowances allowed
allowing allows alloy alloys alluded alluding allure alluring ally alma almanac almighty almond almonds almost
aloe aloft aloha alone along alongside alonso alonzo aloof alot aloud alpha alphabet alphabetical
alphabetically alpine alps already alright also alta altar alter alteration alterations altercation altered
altering alternate alternately alternating alternative alternatively alternatives alters although altitude
altitudes alto altogether alton alum aluminium aluminum alumni alvarez alves alvin always alyssa amalgamation
amanda amassed amateur amateurs amaze amazed amazement amazes amazing amazingly amazon ambassador ambassadors
amber ambient ambiguity ambiguous ambition ambitions ambitious ambivalent ambrose ambulance ambulances ambush
ambushed amelia amen amend amended amending amendment amendments amends amenities amer america american
americana americans americas ames amethyst amex amherst amicable amid amidst amin amino amir amish amit amman
ammo ammonia ammonium ammunition amnesia amnesty among amongst amor amortization amos amount amounted
amounting amounts amour amphibious ample amplification amplified amplifier amplifiers amplify amplitude amps
amputation amsterdam amtrak amulet amuse amused amusement amusing anaconda anaerobic anaheim anakin anal
analog analogous analogue analogy analyse analysed analyses analysing analysis analyst analysts analytic
analytical analytics analyze analyzed analyzer analyzes analyzing anand anarchism anarchist anarchists anarchy
anastasia anatomical anatomy ancestor ancestors ancestral ancestry anchor anchorage anchored anchoring anchors
ancient ancients ancillary anders andersen anderson andes andhra andi andre andrea andreas andrei andres
andrew andrews android andromeda andy anecdotal anecdote anecdotes anemia anesthesia anesthetic aneurysm anew
anfield ange angel angela angeles angelic angelica angelina angelo angels anger angered angie angle angled
anglers angles anglia anglican angling anglo angola angrily angry angst anguish angular angus anil animal
animals animate animated animation animations anime animosity aniston anita ankara ankle ankles anna annals
annapolis anne annette annex annexation annexed annie annihilated annihilation anniversary annotated
annotations announce announced announcement announcements announcer announcers announces announcing annoy
annoyance annoyed annoying annoys annual annually annuities annuity annum anointed anomalies anomaly anon
anonymity anonymous anonymously anorexia another answer answered answering answers antagonist antagonistic
antagonists antarctic antarctica ante antelope antenna antennae antennas anterior anthem anthology anthony
anthrax anthropological anthropologist anthropologists anthropology anti antibiotic antibiotics antibodies
antibody antichrist anticipate anticipated anticipates anticipating anticipation antics antidepressants
antidote antifa antigen antigua antimicrobial antioch antiquated antique antiques antiquities antiquity
antisemitic antisemitism antisocial antitrust antoine antoinette anton antonia antonio antony antrim ants
antwerp anus anvil anwar anxieties anxiety anxious anxiously anya anybody anyhow anymore anyone anything
anytime anyway anyways anywhere anzac aortic apache apart apartheid apartment apartments apathy aperture apes
apex apiece apis apnea apocalypse apocalyptic apollo apologetic apologies apologise apologised apologize
apologized apologizes apologizing apology apoptosis apostle apostles apostolic appalachian appalled appalling
apparatus apparel apparent apparently appeal appealed appealing appeals appear appearance appearances appeared
appearing appears appease appellate appendix appetite applaud applauded applause apple apples appleton
appliance appliances applicable applicant applicants application applications applied applies apply applying
appoint appointed appointees appointing appointment appointments appoints appraisal appreciate appreciated
appreciates appreciating appreciation appreciative apprehend apprehended apprehension apprehensive apprentice
apprentices apprenticeship approach approached approaches approaching appropriate appropriated appropriately
appropriation appropriations approval approvals approve approved approves approving approx approximate
approximately approximation apps apricot april apron aptitude aptly aqua aquaculture aquarium aquarius aquatic
aqueous aquinas aquino arab arabia arabian arabic arabs arbiter arbitrarily arbitrary arbitration arbitrator
arbor arcade arcadia arcane arch archaeological archaeologist archaeologists archaeology archaic archangel
archbishop archdiocese arched archer archers archery arches archibald archie archipelago architect architects
architectural architecture architectures archival archive archived archives arcs arctic arden ardent arduous
area areas arena arenas arent ares argentina argentine argentinian argo argos arguably argue argued argues
arguing argument arguments argus aria ariana arias arid ariel aries arise arisen arises arising aristocracy
aristocrat aristocratic aristotle arithmetic ariz arizona arjun arkansas arkham arlington armada armageddon
armament armand armani armchair armed armenia armenian armenians armies arming armistice armor armored armory
armour armoured armpit arms armstrong army arnold aroma aromatic aron arose around arousal aroused arrange
arranged arrangement arrangements arranging array arrays arrears arrest arrested arresting arrests arrival
arrivals arrive arrived arrives arriving arrogance arrogant arrow arrows arse arsenal arsene arsenic arson
arte artefacts artemis arterial arteries artery arthritis arthur article articles articulate articulated
articulation artie artifact artifacts artificial artificially artillery artisan artisans artist artistic
artistry artists arts arturo artwork artworks arty arundel arya aryan asap asbestos ascend ascended ascending
ascension ascent ascertain ascot ascribed asean ashamed ashe asher ashes asheville ashford ashland ashley
ashore ashraf ashton asia asian asians asiatic aside asked asking asks asleep asparagus aspect aspects aspen
asphalt aspiration aspirations aspire aspirin aspiring assad assailant assam assange assassin assassinate
assassinated assassination assassinations assassins assault assaulted assaulting assaults assay assays
assemble assembled assemblies assembling assembly assent assert asserted asserting assertion assertions
assertive asserts asses assess assessed assessing assessment assessments asset assets asshole assholes assign
assigned assigning assignment assignments assigns assimilate assimilated assimilation assist assistance
assistant assistants assisted assisting assists assn associate associated associates associating association
associations assorted assortment assume assumed assumes assuming assumption assumptions assurance assurances
assure assured assures assuring asterisk asteroid asteroids asthma aston astonished astonishing astoria
astounding astra astral astray astrid astro astrology astronaut astronauts astronomer astronomers astronomical
astronomy astrophysics astros astute asus aswell asylum asymmetric asymmetrical atari atheism atheist atheists
athena athenian athens athlete athletes athletic athleticism athletics atkins atkinson atlanta atlantic
atlantis atlas atleast atletico atmosphere atmospheric atom atomic atoms atonement atop atrium atrocious
atrocities atrocity atrophy atta attach attached attaches attaching attachment attachments attack attacked
attacker attackers attacking attacks attain attainable attained attaining attainment attempt attempted
attempting attempts attend attendance attendant attendants attended attendees attending attends attention
attentive attest attested attic attire attitude attitudes attorney attorneys attract attracted attracting
attraction attractions attractive attractiveness attracts attributable attribute attributed attributes
attribution attrition atwood atypical aubrey auburn auckland auction auctioned auctioneer auctions audacity
audi audible audience audiences audio audiobook audit audited auditing audition auditions auditor auditorium
auditors auditory audits audrey augment augmentation augmented august augusta augustine augustus aung aunt
auntie aunts aunty aura aurora auschwitz auspices auspicious aussie aussies austen austere austerity austin
australia australian australians austria austrian authentic authentication authenticity author authored
authorisation authorised authoritarian authoritarianism authoritative authorities authority authorization
authorize authorized authorizing authors authorship autism autistic auto autobiographical autobiography
autograph autographs autoimmune automate automated automatic automatically automation automobile automobiles
automotive autonomous autonomy autopilot autopsy autos autumn auxiliary avail availability available avalanche
avalon avant avatar avec avenge avenger avengers avenue avenues average averaged averages averaging averse
aversion avert averted avery avian aviation aviator avid aviv avocado avoid avoidable avoidance avoided
avoiding avoids avon await awaited awaiting awaits awake awaken awakened awakening awakens award awarded
awarding awards aware awareness away awesome awful awfully awhile awkward awkwardly awkwardness awoke awww
axel axes axial axiom axis axle axles ayrshire azalea azerbaijan aziz aztec azure baba babcock babe babes
babies babu baby babylon babylonian babysit babysitter babysitting bach bachelor bachelorette bachelors back
backbone backdoor backdrop backed backer backers backfire backfired background backgrounds backing backlash
backlog backpack backpacking backpacks backs backseat backside backstage backstory backup backups backward
backwards backyard bacon bacteria bacterial bacterium badass baden bader badge badger badgers badges badly
badminton baek baffled baffling bafta bagel bagels baggage bagged bagging baggy baghdad bags bahamas bahrain
bail bailed bailey bailiff bailing bailout bain baines baird bait baiting baja bake baked baker bakers
bakersfield bakery baking baku balance balanced balances balancing balconies balcony bald baldwin bale bales
balfour bali balkan balkans ball ballad ballads ballard ballast ballerina ballet ballistic balloon balloons
ballot ballots ballpark ballroom balls balm balochistan baltic baltimore bama bamboo banana bananas banco
bancroft band banda bandage bandages banded bandit bandits bands bandwagon bandwidth bane bang bangalore
banged banger banging bangkok bangladesh bangladeshi bangor bangs banish banished banjo bank banked banker
bankers banking bankrupt bankruptcy banks banned banner banners banning bannon banquet bans banter bantu
baptism baptist baptiste baptists baptized barack barb barbados barbara barbarian barbarians barbaric barbecue
barbed barber barbershop barbie barbour barca barcelona barclay barclays bard bare barefoot barely bargain
bargaining bargains barge barges baring barista baritone bark barker barking barkley barks barley barlow barn
barnard barnes barnett barney barns barnsley barometer baron baroness barons baroque barr barracks barrage
barre barred barrel barrels barren barrett barricade barricades barrie barrier barriers barring barrister
barron barrow barry bars bart bartender barter bartholomew bartlett barton basal basalt base baseball based
basel baseless baseline baseman basement bases bash bashed bashing bashir basic basically basics basil
basilica basin basing basins basis basket basketball baskets basque bass bassett bassist bastard bastards
bastille bastion batch batches bateman bates bath bathe bathed bathing bathroom bathrooms baths bathtub
bathurst batman baton bats batsman batsmen battalion battalions batted batter battered batteries batters
battery batting battle battled battlefield battleground battles battleship battling bauer baum bavaria
bavarian baxter bayer bayern bayley baylor bayonet bayou bays bazaar bdsm beach beaches beacon beacons bead
beaded beads beagle beak beal beale beam beamed beaming beams bean beanie beans bear beard bearded beards
bearer bearers bearing bearings bears beasley beast beasts beat beaten beater beating beatings beatles
beatrice beats beatty beau beaufort beaumont beauties beautiful beautifully beauty beaver beavers bebe became
because becca beck becker beckett beckham becky become becomes becoming bedding bedford bedrock bedroom
bedrooms beds bedside bedtime beech beef been beep beer beers bees beet beethoven beetle beetles beets before
beforehand began beggar beggars begged begging begin beginner beginners beginning beginnings begins begs begun
behalf behave behaved behaves behaving behavior behavioral behaviors behaviour behavioural behaviours beheaded
behemoth behest behind behold beige beijing bein being beings beirut beit belarus belated belfast belgian
belgium belgrade belief beliefs believable believe believed believer believers believes believing belinda
belize bell bella bellamy belle bellevue belligerent bello bellows bells belly belmont belong belonged
belonging belongings belongs beloved below belt belts bench benches benchmark benchmarks bend bender bending
bends beneath benedict benefactor beneficial beneficiaries beneficiary benefit benefited benefiting benefits
benefitted benevolent benfica bengal bengali bengals benghazi benign benin benjamin benji benn bennet bennett
benny benoit benson bent bentley benton benz bequeathed berg bergen berger bergman berkeley berkshire berlin
berman bermuda bern bernadette bernard bernardino bernardo bernie bernstein berries berry berserk bert berth
bertha bertie bertrand berwick beset beside besides besieged bespoke bess bessie best bestow bestowed
bestseller bestselling beta beth bethany bethel bethesda bethlehem betray betrayal betrayed betraying betrays
bets betsy bette better betterment betting betts betty between beverage beverages beverley beverly beware
bewildered beyonce beyond bezos bhai bharat bhutan bianca bias biased biases bibi bible bibles biblical
bibliography biceps bickering bicycle bicycles bidder bidders bidding biden bids bieber bien biennial bigfoot
bigger biggest biggie biggs bigot bigoted bigotry bigots bihar bike biker bikers bikes biking bikini bilateral
bile bilingual bill billboard billboards billed billie billing billings billion billionaire billionaires
billions bills billy binary bind binder binding binds bing binge bingham bingo binoculars bins biochemical
biochemistry biodiversity biographer biographical biographies biography biological biologically biologist
biologists biology biomass biomedical biometric biopic biopsy bios biotech biotechnology bipartisan bipolar
birch bird birdie birds birmingham birth birthday birthdays birthplace birthright births biscuit biscuits
bisexual bishop bishops bismarck bison bistro bitch bitches bitching bitchy bitcoin bitcoins bite bites biting
bits bitten bitter bitterly bitterness bittersweet bizarre black blackberry blackboard blackburn blacked
blackened blackhawks blackjack blacklist blacklisted blackmail blackness blackout blackpool blacks blacksmith
blackstone blackwater blackwell blackwood bladder blade blades blah blaine blair blake blame blamed blames
blaming blanc blanca blanchard blanche blanco bland blank blanket blankets blanks blasphemy blast blasted
blaster blasting blasts blatant blatantly blaze blazer blazers blazing bleach bleached bleaching bleak bled
bleed bleeding bleeds bleep blend blended blender blending blends bless blessed blessing blessings blew blight
blind blinded blindfolded blinding blindly blindness blinds bling blink blinked blinking blip bliss blissful
blister blistering blisters blitz blizzard bloated blob bloc block blockade blockage blockbuster blockchain
blocked blocker blockers blocking blocks blog blogger bloggers blogging blogs bloke blokes blond blonde
blondes blondie blood bloodbath blooded bloodline bloods bloodshed bloodstream bloody bloom bloomberg
bloomfield blooming bloomington blooms blossom blossoms blot blount blouse blow blower blowing blowjob blown
blowout blows blue blueberries blueberry bluegrass blueprint blueprints blues bluetooth bluff bluffs blunder
blunt bluntly blur blurred blurry blush blushing blvd boar board boarded boarding boards boardwalk boast
boasted boasting boasts boat boating boats bobby bobo boca bode bodied bodies bodily body bodybuilding
bodyguard bodyguards boeing boer bogged boggling bogus bohemia bohemian boil boiled boiler boilers boiling
boils bois boise boko bold boldly bolivia bolivian bollocks bollywood bologna bolshevik bolster bolt bolted
bolton bolts bomb bombarded bombardment bombay bombed bomber bombers bombing bombings bombs bombshell bona
bonanza bonaparte bond bondage bonded bonding bonds bone boner bones bonfire bong bonkers bonn bonnet bonnie
bono bonus bonuses bony boob boobies boobs booby booed boogie booing book booked booker booking bookings
bookkeeping booklet bookmark books bookshop bookstore bookstores boom boomer boomerang boomers booming booms
boon boone boos boost boosted booster boosters boosting boosts boot booted booth booths bootleg boots booty
booze bora bordeaux borden border bordered bordering borderlands borderline borders bore bored boredom borg
boring boris born borne borneo borough boroughs borrow borrowed borrower borrowers borrowing borussia bosch
bose bosnia bosnian bosom boss bosses bossy boston botanic botanical botany botched both bother bothered
bothering bothers botox bots botswana bottle bottled bottleneck bottles bottling bottom bottoms bought boulder
boulders boulevard bounce bounced bouncer bounces bouncing bouncy bound boundaries boundary bounded boundless
bounds bounty bouquet bourbon bourgeois bourgeoisie bourne bournemouth bout boutique bouts bovine bowed bowel
bowels bowen bower bowers bowie bowing bowl bowled bowler bowlers bowles bowling bowls bowman bows bowser
boxed boxer boxers boxes boxing boyce boycott boycotting boyd boyfriend boyfriends boyhood boyle boys boyz
brace braced bracelet bracelets braces bracing bracket brackets brad bradbury bradford bradley bradshaw brady
brag bragg bragging brah braid braided braids braille brain brainer brains brainwashed brake brakes braking
bran branch branched branches branching brand branded brandi branding brandon brands brandt brandy branson
bras brasil brass brat braun brave bravely bravery braves bravest bravo brawl braxton bray brazen brazil
brazilian brazilians breach breached breaches breaching bread breadth break breakaway breakdown breakdowns
breaker breakers breakfast breaking breakout breaks breakthrough breakthroughs breakup breast breasted
breastfeeding breasts breath breathe breathed breather breathes breathing breathless breaths breathtaking bred
bree breed breeder breeders breeding breeds brees breeze breezy breitbart bremen brenda brendan brendon
brennan brenner brent brentwood bret brethren breton brett brew brewed brewer breweries brewers brewery
brewing brews brewster brexit brian bribe bribed bribery bribes brice brick bricks bridal bride brides
bridesmaid bridesmaids bridge bridgeport bridges bridget bridgewater bridging brie brief briefcase briefed
briefing briefings briefly briefs brig brigade brigades brigadier briggs brigham bright brighten brighter
brightest brightly brightness brighton brill brilliance brilliant brilliantly brim brine bring bringing brings
brink brisbane brisk bristol brit britain britannia british britney britons brits britt brittany brittle
britton brixton broad broadband broadcast broadcaster broadcasters broadcasting broadcasts broaden broadened
broadening broader broadest broadly broadway broccoli brochure brochures brock brodie brody broke broken
broker brokerage brokers brom bromley bromwich bronco broncos bronson bronx bronze brooch brood brooding brook
brooke brookings brooklyn brooks broom bros broth brothel brothels brother brotherhood brothers brought brow
broward brown browne brownie brownies browning brownish browns brows browse browser browsers browsing bruce
bruh bruins bruise bruised bruises bruising brunch brunei brunette bruno brunswick brunt brush brushed brushes
brushing brussels brutal brutality brutally brute brutus bryan bryant bryce bryn bryson bubba bubble bubbles
bubbling bubbly buccaneers buchanan bucharest buck bucket buckets buckeyes buckingham buckinghamshire buckle
buckley bucks bucky bucs budapest buddha buddhism buddhist buddhists buddies budding buddy budge budget
budgetary budgeted budgeting budgets buds buenos buff buffalo buffer buffers buffet buffett buffs buffy bugged
bugger bugging buggy bugs buick build builder builders building buildings builds buildup built bulb bulbs
bulgaria bulgarian bulge bulging bulk bulky bull bulldog bulldogs bullet bulletin bulletins bulletproof
bullets bullied bullies bullion bullish bullock bullpen bulls bullshit bully bullying bumble bummed bummer
bump bumped bumper bumping bumps bumpy bums bunch bundesliga bundle bundled bundles bundy bungalow bunk bunker
bunkers bunnies bunny buns bunting buoy buoyant burbank burberry burden burdened burdens bureau bureaucracy
bureaucratic bureaucrats burgeoning burger burgers burgess burglar burglary burgundy burial burials buried
burke burkina burlesque burlington burma burmese burn burned burner burners burnett burnham burning burnley
burnout burns burnt burr burrell burrito burroughs burrow burrows burst bursting bursts burt burton bury
burying busan busch buses bush bushes bushy busiest business businesses businessman businessmen bust busted
buster busting bustle bustling busts busty busy butch butcher butchered butchers butler butt butte butter
butterflies butterfly buttocks button buttons butts buyer buyers buying buyout buys buzz buzzed buzzer
buzzfeed buzzing bylaws bypass bypassing byproduct byrd byrne byron bystander bystanders byte bytes byzantine
cabal cabaret cabbage cabin cabinet cabinets cabins cable cables cabo cabot cabrera cabs cache cactus cadence
cadet cadets cadillac cadre caesar caesars cafe cafes cafeteria caffeine cage caged cages cahill cain caine
cairns cairo caitlin caitlyn cajun cake cakes calais calamity calcium calculate calculated calculates
calculating calculation calculations calculator calculators calculus calcutta calder caldwell caleb calendar
calendars calf calgary calhoun cali caliber calibrated calibration calibre calif california californian
californians caliphate call callahan called caller callers callie calligraphy calling callous calls callum
calm calmed calmer calming calmly calms caloric calorie calories calvary calvert calves calvin camaraderie
camaro cambodia cambodian cambrian cambridge cambridgeshire camden came camel camelot camels cameo camera
cameraman cameras cameron cameroon camilla camille camo camouflage camp campaign campaigned campaigner
campaigning campaigns campbell camped camper campers campfire campground camping camps campsite campus
campuses camry cams canaan canada canadian canadians canadiens canal canals canary canberra cancel canceled
canceling cancellation cancellations cancelled cancelling cancels cancer cancerous cancers candace candice
candid candidacy candidate candidates candies candle candlelight candles candy cane canes canine canister
cannabis canned cannes cannibal cannibalism canning cannon cannons cannot canoe canoes canon canonical canons
canopy cans cant canteen canterbury canton cantonese cantor canucks canvas canyon canyons capabilities
capability capable capacities capacitor capacitors capacity capcom cape capes capita capital capitalism
capitalist capitalists capitalization capitalize capitalized capitals capitol capped capping capri capricorn
caps capsule capsules capt captain captaincy captains caption captions captivated captivating captive captives
captivity capture captured captures capturing cara caracas caramel carat caravan caravans carb carbide
carbohydrate carbohydrates carbon carbonate carbs carcass carcinoma card cardboard cardiac cardiff cardigan
cardinal cardinals cardio cardiology cardiovascular cards care cared career careers carefree careful carefully
caregiver caregivers careless carers cares caretaker carey cargo caribbean caribou caricature caring carl
carla carleton carlin carlisle carlo carlos carlson carlton carly carlyle carmel carmelo carmen carmichael
carmine carnage carnal carnegie carney carnival caro carol carole carolina caroline carolyn carousel carp
carpenter carpenters carpentry carpet carpets carr carriage carriages carrick carrie carried carrier carriers
carries carrington carroll carrot carrots carry carrying cars carson cart carte cartel cartels carter carthage
cartier cartilage carton cartoon cartoonist cartoons cartridge cartridges carts cartwright carve carved carver
carving carvings cary casa casablanca cascade cascades case cases casey cash cashed cashier cashing cashmere
casing casino casinos cask casket casper caspian cass cassandra casserole cassette cassidy cassie cast caste
caster castes castillo casting castle castles castor castro casts casual casually casualties casualty catalan
catalina catalog catalogs catalogue catalogues catalonia catalyst catalysts catalytic catapult cataract
catastrophe catastrophic catch catcher catches catching catchment catchy cate categorically categories
categorized category cater catered catering caterpillar caterpillars caters catfish cathedral catherine
catheter cathode catholic catholicism catholics cathy cato cats cattle catwalk caucasian caucasus caucus
caught cauldron cauliflower causal causation cause caused causes causeway causing caustic caution cautioned
cautious cautiously cavalier cavaliers cavalry cave caveat caved cavendish cavern caverns caves caviar
cavities cavity cavs cayman cctv cease ceased ceasefire ceases cebu cecil cecilia cedar ceded cedric ceiling
ceilings celeb celebrate celebrated celebrates celebrating celebration celebrations celebratory celebrities
celebrity celebs celery celeste celestial celia celine cell cellar cellars cello cellphone cells cellular
cellulose celsius celtic celtics cement cemented cemeteries cemetery cena censor censored censoring censors
censorship census cent centenary centennial center centered centerpiece centers centimeters centimetres
central centralized centrally centre centred centres centric centrifugal centrist centro cents centuries
centurion century ceos ceramic ceramics cereal cereals cerebral ceremonial ceremonies ceremony cert certain
certainly certainty certificate certificates certification certifications certified certify cervical cervix
cesar cessation ceylon chad chadwick chai chain chained chains chainsaw chair chaired chairman chairmanship
chairmen chairperson chairs chakra chalet chalice chalk challenge challenged challenger challengers challenges
challenging chalmers chamber chamberlain chambers chameleon champ champagne champaign champion championed
champions championship championships champs chan chance chancellor chances chandelier chandler chandra chanel
chang change changed changer changes changing channel channeling channels channing chant chanted chanting
chants chao chaos chaotic chap chapel chaplain chaplin chapman chaps chapter chapters char character
characterised characteristic characteristics characterization characterize characterized characters charcoal
chardonnay charge charged charger chargers charges charging chariot charisma charismatic charitable charities
charity charles charleston charley charlie charlotte charlottesville charlton charm charmed charming charms
charred chart charter chartered charters charting charts chas chase chased chaser chases chasing chassis
chastity chat chateau chatham chats chattanooga chatted chatter chatting chauffeur chavez cheap cheaper
cheapest cheaply cheat cheated cheater cheaters cheating cheats chechen chechnya check checked checker
checkers checking checklist checkmate checkout checkpoint checkpoints checks cheddar cheek cheeks cheeky cheer
cheered cheerful cheerfully cheering cheerleader cheerleaders cheerleading cheers cheery cheese cheeseburger
cheesecake cheeses cheesy cheetah chef chefs chelmsford chelsea cheltenham chem chemical chemically chemicals
chemist chemistry chemists chemo chemotherapy chen cheney cheng chennai cheque cheques cher cherish cherished
chernobyl cherokee cherries cherry cheryl chesapeake cheshire chess chest chester chesterfield chestnut chests
chet cheung chevrolet chevron chevy chew chewed chewing cheyenne chia chiang chic chicago chichester chick
chicken chickens chicks chico chief chiefly chiefs chihuahua child childbirth childcare childhood childish
childless children childrens childs chile chilean chili chill chilled chilli chilling chills chilly chime
chimes chimney chimneys chimpanzees chin china chinatown chinese ching chino chip chipotle chipped chipping
chips chit chivalry chloe chloride chlorine chocolate chocolates choi choice choices choir choke choked
choking cholera cholesterol chomsky chong choo choose chooses choosing chop chopped chopper chopping chopra
chops choral chord chords chore choreographed choreographer choreography chores chorus chose chosen chou chow
chris chrissy christ christchurch christensen christi christian christianity christians christie christina
christine christmas christophe christopher christy chrome chromium chromosome chromosomes chronic chronically
chronicle chronicles chronological chronology chrysler chubby chuck chuckle chuckled chuckles chum chun chung
chunk chunks chunky church churches churchill churn churning chute cicero cider cigar cigarette cigarettes
cigars cincinnati cinderella cindy cinema cinemas cinematic cinematography cinnamon cipher circa circadian
circle circled circles circling circuit circuitry circuits circular circulate circulated circulating
circulation circumcision circumference circumstance circumstances circumstantial circumvent circus cisco
citadel citation citations cite cited cites citi cities citing citizen citizens citizenship citrus city civic
civil civilian civilians civilisation civilised civility civilization civilizations civilized clad claim
claimant claimants claimed claiming claims clair claire clam clamp clamps clams clan clancy clandestine clans
clap clapped clapping clara clare claremont clarence clarendon clarification clarified clarifies clarify
clarifying clarinet clarissa clarity clark clarke clarkson clash clashed clashes clasp class classed classes
classic classical classically classics classification classifications classified classify classmate classmates
classroom classrooms classy claude claudia claudio claus clause clauses claw claws clay clayton clean cleaned
cleaner cleaners cleaning cleanliness cleanly cleans cleanse cleansed cleanser cleansing cleanup clear
clearance clearances cleared clearer clearest clearing clearly clears clearwater cleavage cleaver clegg clem
clemency clemens clement clements clemson cleo cleopatra clergy clergyman cleric clerical clerics clerk clerks
clermont cleveland clever cleverly cliche click clicked clicking clicks client clientele clients cliff
clifford cliffs clifton climate climates climatic climax climb climbed climber climbers climbing climbs clinch
clinched cling clinging clinic clinical clinically clinician clinicians clinics clint clinton clintons clip
clipped clipper clippers clipping clippings clips clique clit clive cloak clock clocked clocks clockwise
clockwork clog clogged clone cloned clones cloning clooney close closed closely closeness closer closes
closest closet closets closing closure closures clot cloth clothed clothes clothing cloths clots cloud clouded
clouds cloudy clout clover cloves clown clowns club clubbing clubhouse clubs clue clueless clues clumsy clung
cluster clustered clustering clusters clutch clutches clutching clutter clyde cmon cnbc coach coached
coachella coaches coaching coal coalition coalitions coals coarse coast coastal coaster coasters coastline
coasts coat coated coates coating coatings coats cobain cobalt cobb cobra coca cocaine cochran cochrane cock
cockpit cockroach cockroaches cocks cocktail cocktails cocky coco cocoa coconut cocoon code coded codes codex
codified coding cody coefficient coefficients coerced coercion coercive coexist coffee coffees coffin coffins
cognition cognitive cohen coherence coherent cohesion cohesive cohn cohort cohorts coil coils coin coinage
coincide coincided coincidence coincidentally coincides coined coins coke cola colbert colby colchester cold
colder coldest coldplay colds cole coleman coles coli colin coliseum coll collab collaborate collaborated
collaborating collaboration collaborations collaborative collaborator collaborators collage collagen collapse
collapsed collapses collapsing collar collars collateral colleague colleagues collect collected collectible
collectibles collecting collection collections collective collectively collector collectors collects colleen
college colleges collegiate collide collided collie collier collin collingwood collins collision collisions
collusion colo cologne colombia colombian colombo colon colonel colonial colonialism colonies colonists
colonization colonized colony color colorado coloration colorectal colored colorful coloring colorless colors
colossal colossus colour coloured colourful colouring colours colt colton colts columbia columbian columbus
column columnist columns coma comb combat combatants combating combination combinations combine combined
combines combing combining combo combs combustion comcast come comeback comedian comedians comedic comedies
comedy comes comet comets comey comfort comfortable comfortably comforted comforting comforts comfy comic
comical comics comin coming comm comma command commandant commanded commander commanders commanding
commandment commandments commando commandos commands commemorate commemorating commemoration commemorative
commence commenced commencement commencing commend commendable commendation commended comment commentaries
commentary commentator commentators commented commenters commenting comments commerce commercial
commercialization commercially commercials commission commissioned commissioner commissioners commissioning
commissions commit commitment commitments commits committed committee committees committing commodities
commodity commodore common commonly commonplace commons commonwealth commotion comms communal commune
communicate communicated communicates communicating communication communications communion communism communist
communists communities community commute commuter commuters commuting como comp compact companies companion
companions companionship company comparable comparative comparatively compare compared compares comparing
comparison comparisons compartment compartments compass compassion compassionate compatibility compatible
compel compelled compelling compendium compensate compensated compensating compensation compete competed
competence competencies competency competent competes competing competition competitions competitive
competitively competitiveness competitor competitors compilation compile compiled compiler compiling
complacency complacent complain complainant complained complaining complains complaint complaints complement
complementary complemented complements complete completed completely completeness completes completing
completion complex complexes complexion complexities complexity compliance compliant complicate complicated
complication complications complicit complicity complied compliment complimentary complimented compliments
comply complying component components compose composed composer composers composing composite composites
composition compositions compost composure compound compounded compounding compounds comprehend comprehension
comprehensive compress compressed compression compressor comprise comprised comprises comprising compromise
compromised compromises compromising compton comptroller compulsion compulsive compulsory computation
computational compute computed computer computerized computers computing comrade comrades conan concave
conceal concealed concealing concede conceded conceding conceivable conceive conceived concentrate
concentrated concentrates concentrating concentration concentrations concept conception concepts conceptual
concern concerned concerning concerns concert concerted concerto concerts concession concessions concierge
concise conclude concluded concludes concluding conclusion conclusions conclusive conclusively concord
concordia concrete concur concurrent concurrently concussion condemn condemnation condemned condemning
condemns condensation condensed condescending condition conditional conditioned conditioner conditioning
conditions condo condolences condom condominium condominiums condoms condone condos conducive conduct
conducted conducting conduction conductive conductivity conductor conductors conducts conduit cone cones coney
conf confederacy confederate confederates confederation confer conference conferences conferred confess
confessed confesses confessing confession confessional confessions confetti confided confidence confident
confidential confidentiality confidently configuration configurations configure configured confined
confinement confines confirm confirmation confirmed confirming confirms confiscated confiscation conflict
conflicted conflicting conflicts confluence conform conforming conformity confront confrontation
confrontational confronted confronting confronts confucius confuse confused confuses confusing confusion cong
congenital congested congestion conglomerate congo congolese congrats congratulate congratulated
congratulating congratulations congregation congregational congregations congress congresses congressional
congressman congressmen conical conjecture conjunction conjure conley conn connect connected connecticut
connecting connection connections connective connectivity connector connectors connects connelly conner connie
connolly connor connors connotations conor conquer conquered conquering conqueror conquest conquests conrad
conroy cons conscience conscientious conscious consciously consciousness conscription consecrated consecutive
consensual consensus consent consented consenting consequence consequences consequent consequential
consequently conservancy conservation conservatism conservative conservatives conservatory conserve conserved
conserving consider considerable considerably considerate consideration considerations considered considering
considers consignment consist consisted consistency consistent consistently consisting consists consolation
console consoles consolidate consolidated consolidating consolidation consonant consort consortium conspicuous
conspiracies conspiracy conspirators conspired conspiring constable constables constabulary constance constant
constantine constantinople constantly constants constellation constellations constipation constituencies
constituency constituent constituents constitute constituted constitutes constitution constitutional
constitutionally constitutions constrained constraint constraints construct constructed constructing
construction constructions constructive constructs construed consul consular consulate consult consultancy
consultant consultants consultation consultations consultative consulted consulting consume consumed consumer
consumerism consumers consumes consuming consummate consumption cont contact contacted contacting contacts
contagion contagious contain contained container containers containing containment contains contaminants
contaminated contamination conte contemplate contemplated contemplating contemplation contemporaries
contemporary contempt contend contended contender contenders contending contends content contention
contentious contentment contents contest contestant contestants contested contesting contests context contexts
contextual contiguous continent continental continents contingency contingent continual continually
continuation continue continued continues continuing continuity continuous continuously continuum contour
contours contra contraband contraception contraceptive contraceptives contract contracted contracting
contraction contractions contractor contractors contracts contractual contradict contradicted contradicting
contradiction contradictions contradictory contradicts contrary contrast contrasted contrasting contrasts
contribute contributed contributes contributing contribution contributions contributor contributors contrived
control controlled controller controllers controlling controls controversial controversies controversy
conundrum convection convene convened convenience convenient conveniently convent convention conventional
conventionally conventions converge convergence conversation conversational conversations converse conversely
conversion conversions convert converted converter converters convertible converting converts convex convey
conveyed conveying conveyor conveys convict convicted conviction convictions convicts convince convinced
convinces convincing convincingly convo convoluted convoy convoys conway cook cookbook cooke cooked cooker
cookery cookie cookies cooking cooks cool coolant cooled cooler coolest cooling cools coon coop cooper
cooperate cooperated cooperating cooperation cooperative cooperatives coordinate coordinated coordinates
coordinating coordination coordinator coordinators copa cope copeland copenhagen copied copies coping copious
copper cops copy copying copyright copyrighted copyrights cora coral corals corbett corbin corbyn cord cordial
cordon cords core cores corey corinne corinth corinthians cork corn cornelius cornell corner cornerback
cornered corners cornerstone cornish cornwall corny corolla corona coronary coronation coronavirus coroner
corp corporal corporate corporation corporations corps corpse corpses corpus corral correct corrected
correcting correction correctional corrections corrective correctly correctness corrects correlate correlated
correlates correlation correlations correspond corresponded correspondence correspondent correspondents
corresponding corresponds corridor corridors corrosion corrosive corrugated corrupt corrupted corruption
corset cortex cortez cortical cortisol corvette cory cosby cosmetic cosmetics cosmic cosmo cosmology
cosmopolitan cosmos cosplay cost costa costco costello costing costly costs costume costumes cosy cote cottage
cottages cotton couch cougar cougars cough coughing coughs could couldnt coulson coulter council councillor
councillors councilman councils counsel counseling counselling counsellor counselor counselors count countdown
counted counter counteract countered counterfeit countering counterpart counterparts counterpoint
counterproductive counters countess counties counting countless countries country countrymen countryside
counts county coup coupe couple coupled couples coupling coupon coupons courage courageous courier course
courses coursework court courteous courtesy courthouse courting courtney courtroom courts courtship courtyard
cousin cousins coutinho couture cove coven covenant covenants covent coventry cover coverage covered covering
covers covert coveted covid covington cowan coward cowardice cowardly cowards cowboy cowboys cowell coworker
coworkers cows coyote coyotes cozy crab crabs crack crackdown cracked cracker crackers cracking cracks cradle
craft crafted crafting crafts craftsman craftsmanship craftsmen crafty craig craigslist cram crammed cramp
cramped cramps cranberry crane cranes cranial crank cranky cranston crap crappy crash crashed crashes crashing
crate crater craters crates crave craven craving cravings crawford crawl crawled crawley crawling cray crayon
crayons craze crazed crazier craziest craziness crazy cream creams creamy crease create created creates
creating creation creations creative creatively creativity creator creators creature creatures credence
credentials credibility credible credit credited creditor creditors credits cree creed creek creeks creep
creeping creeps creepy cremated cremation creme creole crept crescent crest cretaceous crete crew crews crib
cricket cricketer cricketers crickets cried cries crime crimea crimean crimes criminal criminality criminally
criminals criminology crimson cringe cripple crippled crippling crises crisis crisp crisps crispy criss
cristiano cristina criteria criterion critic critical critically criticise criticised criticising criticism
criticisms criticize criticized criticizes criticizing critics critique critiques croatia croatian crochet
crock crocker crockett crocodile crocodiles croft croix cromwell cronies crook crooked crooks crop cropped
cropping crops crore crores crosby cross crossbow crossed crosses crossfire crossfit crossing crossings
crossover crossroads crossword crotch crouch crow crowd crowded crowdfunding crowding crowds crowe crowley
crown crowned crowning crowns crows croydon crucial crucible crucified crucifix crucifixion crude cruel
cruelty cruise cruiser cruisers cruises cruising crumb crumble crumbled crumbling crumbs crunch crunching
crunchy crusade crusader crusaders crusades crush crushed crusher crushes crushing crust crusty crutches crux
cruz crying crypt cryptic crypto cryptocurrency crystal crystalline crystals csgo ctrl cuba cuban cubans cube
cubes cubic cubicle cubs cuckoo cucumber cucumbers cuddle cuddling cuddly cues cuff cuffs cuisine culinary
cullen culminated culminating culmination culprit culprits cult cultivate cultivated cultivating cultivation
cults cultural culturally culture cultured cultures cumberland cumbersome cumbria cumin cumming cummings
cummins cumulative cunning cunningham cunt cunts cuomo cupboard cupcake cupcakes cupid cups curate curated
curator curators curb cure cured cures curfew curing curiosity curious curiously curl curled curling curls
curly curran currencies currency current currently currents curricula curricular curriculum currie curry curse
cursed curses cursing cursor curt curtail curtailed curtain curtains curtis curvature curve curved curves
curving curvy cushing cushion cushions cusp custard custer custodial custodian custody custom customary
customer customers customization customize customized customs cute cutest cutie cutler cutlery cutoff cuts
cutter cutters cutting cuttings cyanide cyber cybersecurity cyberspace cyborg cycle cycles cyclic cyclical
cycling cyclist cyclists cyclone cyclones cyclops cylinder cylinders cylindrical cynical cynicism cynthia
cypress cyprus cyril cyrus cyst cystic czar czech czechoslovakia daca dada daddy dade dads daft dagger daggers
dahl daily dainty dairy daisy dakar dakota dalai dale daley dallas dalton daly damage damaged damages damaging
damascus dame dames damian damien dammit damn damned damning damnit damon damp dams dana dance danced dancer
dancers dances dancing dandy dane danes dang danger dangerous dangerously dangers dangling dani daniel
danielle daniels danish dank danny dans dante danube danville daphne dara darby darcy dare dared daredevil
dares daring darius dark darkened darker darkest darkly darkness darling darlington darn darrell darren darryl
dart darth dartmouth darts darwin daryl dash dashboard dashed dashing data database databases dataset date
dated dates dating daughter daughters daunting davao dave davenport davey david davidson davies davis davison
davos davy dawes dawg dawkins dawn dawned dawson daybreak daycare daydream daylight days daytime dayton
daytona dazed dazzle dazzling deacon deactivate deactivated dead deadliest deadline deadlines deadlock deadly
deadpool deaf deafening deal dealer dealers dealership dealerships dealing dealings deals dealt dean deans
dear dearborn dearest dearly death deathbed deaths debacle debatable debate debated debates debating debbie
debilitating debit deborah debra debris debt debtor debts debut debuted debuting debuts decade decadent
decades decal decapitated decatur decay decaying deceased deceit deceitful deceive deceived deceiving december
decency decent decentralized deception deceptive decide decided decidedly decides deciding deciduous decimal
decimated decipher decision decisions decisive decisively deck decked decker decks declan declaration
declarations declare declared declares declaring decline declined declines declining deco decode decoding
decomposition decor decorate decorated decorating decoration decorations decorative decoy decrease decreased
decreases decreasing decree decreed decrees dedicate dedicated dedicating dedication deduce deduct deducted
deductible deduction deductions deed deeds deem deemed deems deen deep deepen deepened deepening deeper
deepest deeply deer defamation default defaults defeat defeated defeating defeats defect defected defective
defects defence defences defend defendant defendants defended defender defenders defending defends defense
defenseless defenseman defenses defensive defensively defer deferred defiance defiant defiantly deficiencies
deficiency deficient deficit deficits defied defies define defined defines defining definite definitely
definition definitions definitive definitively deflect deflected deflection deforestation deformation deformed
defunct defy defying degenerate degeneration degenerative degradation degrade degraded degrading degree
degrees dehydrated dehydration deities deity delaney delaware delay delayed delaying delays delegate delegated
delegates delegation delegations delete deleted deleting deletion delhi deli delia deliberate deliberately
deliberation deliberations delicacy delicate delicately delicious delight delighted delightful delights
delinquent deliver deliverance delivered deliveries delivering delivers delivery dell della deloitte delphi
delta deluded deluge delusion delusional delusions deluxe delve demand demanded demanding demands demeanor
demented dementia demi demise demo democracies democracy democrat democratic democratically democrats
demographic demographics demolish demolished demolition demon demonic demons demonstrate demonstrated
demonstrates demonstrating demonstration demonstrations demonstrators demos demoted dempsey dems deng denial
denied denies denim denis denise denmark dennis denny denomination denominations denominator denote denoted
denotes denounce denounced denouncing dense densely densities density dent dental dentist dentistry dentists
denton denver deny denying denzel deodorant depart departed departing department departmental departments
departs departure departures depend dependable depended dependence dependencies dependency dependent depending
depends depict depicted depicting depiction depictions depicts depleted depletion deplorable deploy deployed
deploying deployment deployments deport deportation deported deposed deposit deposited deposition deposits
depot depots depp depraved depreciation depressed depressing depression depressive deprivation deprive
deprived depriving dept depth depths deputies deputy derail derailed deranged derby derbyshire deregulation
derek derelict derivation derivative derivatives derive derived derives dermatologist derogatory derrick derry
descend descendant descendants descended descending descends descent describe described describes describing
description descriptions descriptive desert deserted deserts deserve deserved deserves deserving desi design
designate designated designation designations designed designer designers designing designs desirable desire
desired desires desist desk desks desktop desmond desolate desolation despair desperate desperately
desperation despicable despise despised despite dessert desserts destination destinations destined destiny
destitute destroy destroyed destroyer destroyers destroying destroys destruction destructive detach detached
detachment detail detailed detailing details detain detained detainees detect detectable detected detecting
detection detective detectives detector detectors detects detention deter detergent deteriorate deteriorated
deteriorating deterioration determination determine determined determines determining deterrence deterrent
detonate detonated detonation detour detox detract detriment detrimental detroit deus deutsch deutsche
devastated devastating devastation develop developed developer developers developing development developmental
developments develops devi deviant deviate deviation deviations device devices devil devils devin devine
devious devise devised devlin devoid devolution devolved devon devonshire devote devoted devotees devotion
devotional devour devoured devout dewey dexter dexterity dhabi dhaka dharma diabetes diabetic diablo diagnose
diagnosed diagnoses diagnosing diagnosis diagnostic diagnostics diagonal diagram diagrams dial dialect
dialects dialed dialing dialog dialogue dialogues dials dialysis diameter diamond diamondbacks diamonds diana
diane dianne diaper diapers diaphragm diaries diarrhea diarrhoea diary diaspora diaz dicaprio dice diced
dichotomy dick dickens dickhead dickinson dicks dickson dictate dictated dictates dictator dictators
dictatorship dictionaries dictionary didier didn didnt died diego dielectric diem dies diesel diet dietary
dieter dieting dietrich diets diff differ differed difference differences different differential differentiate
differentiated differentiation differently differing differs difficult difficulties difficulty diffraction
diffuse diffusion digest digested digestion digestive digger digging digit digital digitally digits dignified
dignitaries dignity digs dilapidated dildo dilemma dilemmas diligence diligent diligently dill dillon dilute
diluted dilution dime dimension dimensional dimensions diminish diminished diminishes diminishing diminutive
dimitri dina dinah dine dined diner diners ding dining dinner dinners dino dinosaur dinosaurs diocese diode
dion dior dioxide diploma diplomacy diplomas diplomat diplomatic diplomats dipped dipping dips dire direct
directed directing direction directional directions directive directives directly director directorate
directories directors directory directs dirk dirt dirty disabilities disability disable disabled disabling
disadvantage disadvantaged disadvantages disagree disagreed disagreement disagreements disagrees disallowed
disappear disappearance disappeared disappearing disappears disappoint disappointed disappointing
disappointment disappointments disapproval disapprove disarm disarmament disarmed disaster disasters
disastrous disbanded disbelief disc discard discarded discern discerning discharge discharged discharges
disciple disciples disciplinary discipline disciplined disciplines disclaimer disclose disclosed disclosing
disclosure disclosures disco discography discomfort disconnect disconnected discontent discontinue
discontinued discord discount discounted discounting discounts discourage discouraged discouraging discourse
discover discovered discoveries discovering discovers discovery discredit discredited discreet discreetly
discrepancies discrepancy discrete discretion discretionary discriminate discriminated discriminating
discrimination discriminatory discs discuss discussed discusses discussing discussion discussions disdain
disease diseased diseases disgrace disgraced disgraceful disgruntled disguise disguised disgust disgusted
disgusting dish dishes dishonest dishonesty dishwasher disillusioned disintegration disk disks dislike
disliked dislikes dislocated dismal dismantle dismantled dismantling dismay dismiss dismissal dismissed
dismisses dismissing dismissive disney disneyland disobedience disorder disordered disorderly disorders
disorganized disparate disparities disparity dispatch dispatched dispatcher dispatches dispel dispensary
dispense dispensed dispenser dispensing dispersal disperse dispersed dispersion displaced displacement display
displayed displaying displays displeasure disposable disposal dispose disposed disposing disposition
disproportionate disproportionately dispute disputed disputes disqualification disqualified disregard
disregarded disrespect disrespectful disrupt disrupted disrupting disruption disruptions disruptive diss
dissatisfaction dissatisfied dissection disseminate disseminated dissemination dissent dissenting dissertation
dissident dissidents dissimilar dissipated dissolution dissolve dissolved dissolves dissolving dissonance
dissuade distal distance distanced distances distancing distant distasteful distillation distilled distillery
distinct distinction distinctions distinctive distinctly distinguish distinguished distinguishes
distinguishing distort distorted distortion distortions distract distracted distracting distraction
distractions distraught distress distressed distressing distribute distributed distributes distributing
distribution distributions distributor distributors district districts distrust disturb disturbance
disturbances disturbed disturbing ditch ditched ditches ditching ditto diva divas dive diver divergence
divergent divers diverse diversification diversified diversify diversion diversity divert diverted diverting
dives divide divided dividend dividends divides dividing divine diving divinity division divisional divisions
divisive divorce divorced divorces divorcing dixie dixon dizziness dizzy django djokovic dmitry doable dobbs
dobson dock docked docker docket docking docks docs doctor doctoral doctorate doctors doctrine doctrines
document documentaries documentary documentation documented documenting documents dodd dodge dodged dodger
dodgers dodging dodgy does doesn doesnt dogg doggie doggy dogma dogs doha doherty doin doing dojo dolan dolce
dole doll dollar dollars dolls dolly dolores dolphin dolphins domain domains dome domes domestic domestically
domesticated dominance dominant dominate dominated dominates dominating domination domingo dominic dominican
dominion dominique domino donald donaldson donate donated donating donation donations doncaster done donetsk
dong donkey donkeys donna donnelly donnie donny donor donors donovan dons dont donut donuts doodle doom doomed
doomsday door doorbell doors doorstep doorway dopamine dope doping doppler dora dorado dorchester dorian doris
dork dorm dormant dormitory dorms dorothy dorsal dorset dorsey dortmund dory dosage dose doses dossier doth
dots dotted double doubled doubles doubling doubly doubt doubted doubtful doubting doubtless doubts douche
doug dough doughnut doughnuts dougie douglas douglass dove dover doves down downed downer downey downfall
downgrade downgraded downhill downing download downloadable downloaded downloading downloads downright downs
downside downstairs downstream downtime downtown downturn downward downwards dowry doyle dozen dozens drab
draco dracula draft drafted drafting drafts drag dragged dragging dragon dragonfly dragons drags drain
drainage drained draining drains drake drama dramas dramatic dramatically drank draped draper drastic
drastically draught draw drawback drawbacks drawer drawers drawing drawings drawn draws dread dreaded dreadful
dreading dream dreamed dreamer dreamers dreaming dreams dreamt dreamy dreary dredge dredging drenched dresden
dress dressed dresser dresses dressing drew dreyfus dribble dried drier dries drift drifted drifting drifts
drill drilled drilling drills drink drinker drinkers drinking drinks drip dripping driscoll drive driven
driver drivers drives driveway driving drizzle droid drone drones drool drooling drop dropbox droplets dropout
dropped dropping drops drought droughts drove drown drowned drowning drug drugged drugs drugstore druid drum
drummer drumming drummond drums drunk drunken dryer drying dslr dual duality duane dubai dubbed dubious dublin
dubois dubs dubstep duchess duchy duck ducked ducking ducks duct ducts dude dudes dudley duel dues duet duff
duffy dugout duke dukes dull dulles duluth duly dumb dumbass dumber dumbest dumbledore dumfries dummies dummy
dump dumped dumping dumplings dumps dumpster dunbar duncan dundee dune dunes dung dungeon dungeons dunham dunk
dunkirk dunlop dunn dunne dunno duped duplex duplicate duplicated duplicates duplication dupont durability
durable duran durant duration durban duress durham during dusk dust dusted dustin dusting dusty dutch dutchman
duties dutton duty duval duvet dvds dwarf dwarfs dwarves dwayne dwell dwellers dwelling dwellings dwight
dwindling dwyer dyed dyer dyes dying dyke dylan dynamic dynamically dynamics dynamite dynamo dynasty
dysfunction dysfunctional dyslexia dyson dystopian each eachother eager eagerly eagle eagles earbuds earl
earle earlier earliest early earmarked earn earned earners earnest earning earnings earns earphones earring
earrings ears earth earthly earthquake earthquakes earths earthy ease eased easier easiest easily easing east
eastbound eastenders easter eastern eastman easton eastward eastwood easy eaten eater eaters eating eaton eats
ebay ebola ebony ebook ebooks eccentric ecclesiastical echo echoed echoes echoing eclectic eclipse eclipsed
ecological ecology ecommerce econ economic economical economically economics economies economist economists
economy ecosystem ecosystems ecstasy ecstatic ecuador ecumenical eczema eddie eddy edelman eden edgar edge
edged edges edging edgy edible edict edinburgh edison edit edited edith editing edition editions editor
editorial editorials editors edits edmond edmonton edmund edmunds edna eduardo educate educated educating
education educational educator educators edward edwards edwin eels eerie effect effected effective effectively
effectiveness effects efficacy efficiencies efficiency efficient efficiently effort effortless effortlessly
efforts egalitarian egan eggplant eggs egos egregious egypt egyptian egyptians eiffel eight eighteen
eighteenth eighth eighties eighty eileen einstein eisenhower either eject ejected ejection elaborate
elaborated elaine elastic elasticity elbow elbows elder elderly elders eldest eleanor elect elected electing
election elections elective electoral electorate electors electric electrical electrically electrician
electricity electrification electrified electro electrode electrodes electrolyte electrolytes electromagnetic
electron electronic electronically electronics electrons elects elegance elegant element elemental elementary
elements elena elephant elephants elevate elevated elevating elevation elevations elevator elevators eleven
eleventh elgin elias elicit eligibility eligible elijah eliminate eliminated eliminates eliminating
elimination eliot elisa elisabeth elise elite elites elitist elixir eliza elizabeth elizabethan ella elle
ellen ellie ellington elliot elliott elliptical ellis ellison elmer elmo elon elongated eloquent elsa else
elsevier elsewhere elsie elton elusive elves elvis email emailed emailing emails emanating emancipation
emanuel embankment embargo embark embarked embarking embarrass embarrassed embarrassing embarrassment
embassies embassy embedded embedding embellished embezzlement emblem emblems embodied embodies embodiment
embody embrace embraced embraces embracing embroidered embroidery embryo embryonic embryos emerald emerge
emerged emergence emergencies emergency emergent emerges emerging emeritus emerson emery emigrants emigrated
emigration emil emile emilia emilio emily eminem eminence eminent emir emirates emission emissions emit emits
emitted emitting emma emmanuel emmett emmy emoji emory emotion emotional emotionally emotions empathy emperor
emperors emphasis emphasise emphasised emphasize emphasized emphasizes emphasizing emphatic emphatically
empire empires empirical employ employed employee employees employer employers employing employment employs
empower empowered empowering empowerment empress emptied emptiness empty emptying emulate emulation enable
enabled enables enabling enact enacted enacting enactment enamel encased enchanted enchanting enchantment
enclave enclosed enclosure enclosures encoded encoding encompass encompasses encompassing encore encounter
encountered encountering encounters encourage encouraged encouragement encourages encouraging encrypted
encryption encyclopedia endanger endangered endangering endearing endeavor endeavors endeavour endeavours
ended endemic endgame ending endings endless endlessly endocrine endogenous endorse endorsed endorsement
endorsements endorses endorsing endothelial endowed endowment ends endurance endure endured endures enduring
enemies enemy energetic energies energized energy enfield enforce enforceable enforced enforcement enforcer
enforcing engage engaged engagement engagements engages engaging engel engine engineer engineered engineering
engineers engines england english englishman engraved engraving engravings engulfed enhance enhanced
enhancement enhancements enhances enhancing enigma enigmatic enjoy enjoyable enjoyed enjoying enjoyment enjoys
enlarge enlarged enlargement enlighten enlightened enlightening enlightenment enlist enlisted enmity ennis
enoch enormous enormously enough enquiries enquiry enraged enrich enriched enriching enrichment enrique enroll
enrolled enrolling enrollment enrolment ensemble ensembles enshrined ensign enslaved ensued ensues ensuing
ensure ensured ensures ensuring entail entails entangled enter entered entering enterprise enterprises enters
entertain entertained entertainer entertainers entertaining entertainment enthusiasm enthusiast enthusiastic
enthusiastically enthusiasts entice enticing entire entirely entirety entities entitled entitlement entity
entourage entrance entrances entrants entrenched entrepreneur entrepreneurial entrepreneurs entrepreneurship
entries entropy entrusted entry envelope envelopes envious environment environmental environmentalists
environmentally environments envisaged envision envisioned envoy envy enzo enzyme enzymes ephemeral ephraim
epic epidemic epidemics epidemiology epilepsy epilogue epiphany episcopal episode episodes episodic epithelial
epitome epoch eponymous epoxy epsom epstein equal equality equally equals equate equated equates equation
equations equator equatorial equestrian equilibrium equine equinox equip equipment equipped equipping
equitable equities equity equivalence equivalent equivalents eradicate eradicated eradication eras erase
erased erasing erasmus erdogan erect erected erection eric erica erich erickson ericsson erie erik erika erin
eritrea ernest ernesto ernie ernst erode eroded eros erosion erotic erotica errand errands erratic erroneous
erroneously error errors erupted eruption eruptions erwin escalate escalated escalating escalation escalator
escape escaped escapes escaping escobar escort escorted escorting escorts escrow eskimo esoteric especially
espionage espn esports espresso esque esquire essay essays essence essendon essential essentially essentials
essex establish established establishes establishing establishment establishments estate estates esteban
esteem esteemed ester esther estimate estimated estimates estimating estimation estonia estonian estranged
estrogen estuary etched etching eternal eternally eternity ethan ethanol ethel ether ethereal ethereum
ethernet ethic ethical ethically ethics ethiopia ethiopian ethnic ethnically ethnicities ethnicity
ethnographic ethos etienne etiquette eton etsy eucalyptus eucharist eugene eulogy euphoria eurasia eurasian
eureka euro europa europe european europeans euros eurovision eurozone euthanasia evacuate evacuated
evacuation evade evaluate evaluated evaluating evaluation evaluations evan evangelical evangelicals evangelist
evans evaporate evaporated evaporation evasion evasive evelyn even evening evenings evenly event eventful
events eventual eventually ever everest everett evergreen everlasting everton every everybody everyday
everyone everything everytime everywhere evicted eviction evidence evidenced evident evidently evil evils
evocative evoke evoked evokes evolution evolutionary evolve evolved evolves evolving ewan ewing exacerbated
exact exactly exaggerate exaggerated exaggerating exaggeration exalted exam examination examinations examine
examined examiner examiners examines examining example examples exams excavated excavation excavations exceed
exceeded exceeding exceedingly exceeds excel excelled excellence excellency excellent except exception
exceptional exceptionally exceptions excerpt excerpts excess excesses excessive excessively exchange exchanged
exchanges exchanging exchequer excise excitation excite excited excitedly excitement excites exciting
exclaimed exclamation exclude excluded excludes excluding exclusion exclusive exclusively exclusivity
excruciating excursion excursions excuse excused excuses exec execs execute executed executes executing
execution executioner executions executive executives exemplary exemplified exempt exempted exemption
exemptions exercise exercised exercises exercising exert exerted exes exeter exhale exhaust exhausted
exhausting exhaustion exhaustive exhibit exhibited exhibiting exhibition exhibitions exhibitors exhibits
exhilarating exile exiled exiles exist existed existence existent existential existing exists exit exited
exiting exits exodus exorbitant exotic expand expanded expanding expands expanse expansion expansions
expansive expat expect expectancy expectation expectations expected expecting expects expedite expedited
expedition expeditions expel expelled expenditure expenditures expense expenses expensive experience
experienced experiences experiencing experiential experiment experimental experimentally experimentation
experimented experimenting experiments expert expertise experts expiration expire expired expires expiring
expiry explain explained explaining explains explanation explanations explanatory explicit explicitly explode
exploded explodes exploding exploit exploitation exploited exploiting exploits exploration explorations
exploratory explore explored explorer explorers explores exploring explosion explosions explosive explosives
expo exponential exponentially export exported exporter exporters exporting exports expose exposed exposes
exposing exposition exposure exposures express expressed expresses expressing expression expressions
expressive expressly expressway expulsion exquisite extant extend extended extending extends extension
extensions extensive extensively extent exterior extermination external externally extinct extinction
extinguish extinguished extortion extra extracellular extract extracted extracting extraction extracts
extracurricular extradition extraordinarily extraordinary extras extraterrestrial extravagant extreme
extremely extremes extremism extremist extremists extremity exxon eyeball eyeballs eyebrow eyebrows eyed
eyeing eyelashes eyelid eyelids eyeliner eyes eyeshadow eyesight eyewitness eyre ezekiel ezra faber fabian
fabio fable fabregas fabric fabricated fabrication fabrics fabulous facade face facebook faced faceless faces
facet facets facial facilitate facilitated facilitates facilitating facilities facility facing fact faction
factions facto factor factored factories factors factory facts factual faculties faculty fade faded fades
fading faggot fahrenheit fail failed failing failings fails failure failures faint fainted fainting faintly
fair fairbanks faire fairer fairest fairfax fairfield fairies fairly fairness fairs fairy fairytale faith
faithful faithfully faithfulness faiths fake faked fakes faking falcon falcons fall fallacy fallen falling
fallon fallout falls false falsely fame famed famer familial familiar familiarity families family famine
famous famously fanatic fanatical fanatics fanbase fancied fancies fancy fandom fanfare fang fangs fannie
fanning fanny fans fantasies fantastic fantastically fantasy farage farah faraway farce fare fared fares
farewell fargo farley farm farmed farmer farmers farmhouse farming farmland farms farrell fart farther
farthest farts fascia fascinated fascinating fascination fascism fascist fascists fashion fashionable
fashioned fashions faso fast fastball fasten fastened faster fastest fasting fatal fatalities fatality fatally
fate fated fateful fates father fatherland fathers fathom fatigue fatigued fatima fats fatter fatty faucet
faulkner fault faults faulty fauna faust faux fave favor favorable favorably favored favoring favorite
favorites favors favour favourable favoured favourite favourites favours fawn faye fayetteville fear feared
fearful fearing fearless fears fearsome feasibility feasible feast feasts feat feather feathered feathers
feats feature featured features featuring february fecal feces federal federalism federalist federally
federation federer federico fedex fedora feds feeble feed feedback feeder feeders feeding feeds feel feelin
feeling feelings feels fees feet feisty feldman felicia felicity feline felipe felix fell fella fellas fellow
fellows fellowship fellowships felon felonies felony felt fema female females feminine femininity feminism
feminist feminists femme femur fence fenced fences fencing fend fender feng fenton fenway feral ferdinand
fergus ferguson fermentation fermented fern fernandez fernando ferns ferocious ferrari ferrer ferret ferries
ferris ferry fertile fertility fertilization fertilizer fertilizers fervent fervor fest festival festivals
festive festivities fetal fetch fetched fetish fetus feud feudal fever fewer fewest fiance fiancee fiasco fiat
fiber fiberglass fibers fibre fibres fibrosis fickle fiction fictional fictitious fiddle fide fidel fidelity
fiduciary field fielded fielder fielding fields fiend fierce fiercely fiery fiesta fifa fife fifteen fifteenth
fifth fifths fifties fifty fight fighter fighters fighting fights figs figurative figuratively figure figured
figures figurines figuring fiji filament file filed files filing filings filipino filipinos fill filled filler
fillers filling fills filly film filmed filming filmmaker filmmakers filmmaking films filter filtered
filtering filters filth filthy filtration final finale finalist finalists finalized finally finals finance
financed finances financial financially financials financier financing finch find finder finding findings
finds fine fined finely finer fines finesse finest finger fingered fingering fingernails fingerprint
fingerprints fingers fingertips finish finished finisher finishes finishing finite fink finland finley finn
finnish fins fiona fire firearm firearms fireball fired firefighter firefighters firefly firefox fireman
firemen fireplace firepower fires firewall firewood fireworks firing firm firmly firms firmware first
firsthand firstly firth fiscal fischer fish fished fisher fisheries fisherman fishermen fishery fishes fishing
fishy fisk fission fist fists fitch fitness fits fitted fitter fittest fitting fittings fitz fitzgerald
fitzpatrick five fives fixation fixed fixer fixes fixing fixture fixtures fizz flag flagged flagrant flags
flagship flair flak flake flakes flamboyant flame flames flaming flamingo flammable flanagan flanders flank
flanked flanking flanks flannel flap flapping flaps flare flared flares flash flashback flashbacks flashed
flashes flashing flashlight flashy flask flat flats flatten flattened flatter flattered flattering flavor
flavored flavors flavour flavoured flavours flaw flawed flawless flaws flax flea fleas fled fledged fledgling
flee fleece fleeing fleet fleeting fleets fleetwood fleming flemish flesh fleshy fletcher flew flex
flexibility flexible flexing flick flicker flickering flickr flicks fliers flies flight flights flimsy
flinders fling flint flip flipped flipping flips flirt flirting flirty float floated floating floats flock
flocks flood flooded flooding floods floor flooring floors flop flopped floppy flops flora floral florence
flores florida florist floss flotation flour flourish flourished flourishing flow flowed flower flowering
flowers flowing flown flows floyd fluctuate fluctuating fluctuations fluency fluent fluff fluffy fluid fluids
fluke flung fluorescence fluorescent fluoride flurry flush flushed flushing flute flutter fluttering flux
flyer flyers flying flynn foam focal focus focused focuses focusing focussed fodder foes foggy foil foiled
fold folded folder folders folding folds foley foliage folio folk folklore folks follow followed follower
followers following follows folly fond fonda fondly fondness fong font fontaine fonts food foodie foods fool
fooled fooling foolish foolishness fools foot footage football footballer footballers footed footer foothills
foothold footing footnote footnotes footpath footprint footprints footsteps footwear footwork footy forage
foraging foray forbade forbes forbid forbidden forbidding forbids force forced forceful forcefully forces
forcibly forcing ford fordham fore forearm forecast forecasting forecasts foreclosure forefront foregoing
foreground forehead foreign foreigner foreigners foreman foremost forensic forensics foreplay forerunner
foresee foreseeable foresight forest forested forester forestry forests forever foreword forex forfeit
forfeited forfeiture forgave forge forged forgery forget forgets forgetting forging forgive forgiven
forgiveness forgiving forgo forgot forgotten fork forks form formal formality formally format formation
formations formative formats formatted formatting formed former formerly formidable forming forms formula
formulas formulate formulated formulation formulations forrest forrester forsaken forster forsyth fort forte
forth forthcoming forties fortifications fortified fortitude fortnight fortnite fortress forts fortunate
fortunately fortune fortunes forty forum forums forward forwarded forwarding forwards forza fossil fossils
foster fostered fostering fosters fought foul fouled fouls found foundation foundational foundations founded
founder founders founding foundry fountain fountains four fourier fours fourteen fourteenth fourth fowl fowler
foxes foxx foxy foyer fracking fraction fractional fractions fracture fractured fractures fragile fragility
fragment fragmentation fragmented fragments fragrance fragrant frail frame framed frames framework frameworks
framing fran franc france frances francesca francesco franchise franchises francis francisco franco francois
francs frank franken frankenstein frankfurt frankie franklin frankly franks frantic frantically franz fraser
frat fraternal fraternity frau fraud frauds fraudulent fraught fray frazier freak freaked freakin freaking
freaks freaky freckles fred freddie freddy frederic frederick free freed freedom freedoms freeing freelance
freelancer freely freeman freer frees freestyle freeway freeze freezer freezes freezing freight freighter
fremantle fremont french frenchman frenzy frequencies frequency frequent frequented frequently fresco fresh
fresher freshly freshman freshmen freshness freshwater fresno fret freud frey friar frick frickin friction
friday fridays fridge fried friedman friedrich friend friendlies friendly friends friendship friendships fries
frigate friggin fright frighten frightened frightening frigid fringe fringes fritz frivolous frog frogs from
front frontage frontal fronted frontier frontiers fronting frontline frontman fronts frost frosted frosting
frosty frown frowned froze frozen fructose frugal fruit fruitful fruition fruitless fruits fruity frustrate
frustrated frustrating frustration frustrations fryer frying fuck fucked fucker fuckers fuckin fucking fucks
fudge fuel fueled fueling fuelled fuels fugitive fugitives fuji fukushima fulfil fulfill fulfilled fulfilling
fulfillment fulham full fullback fuller fullerton fullest fullness fully fulton fumble fumes function
functional functionality functionally functioned functioning functions fund fundamental fundamentalist
fundamentally fundamentals funded funding fundraiser fundraisers fundraising funds funeral funerals fungal
fungi fungus funk funky funnel funnier funniest funny furious furiously furnace furnaces furnish furnished
furnishing furnishings furniture furry furs further furthering furthermore furthest fury fuse fused fuselage
fuses fusion fuss fussy futile future futures futuristic fuzz fuzzy gaap gabby gabe gable gabriel gabrielle
gaddafi gadget gadgets gaelic gaga gage gags gaia gail gain gained gaines gainesville gaining gains gait gaius
gala galactic galaxies galaxy gale galilee galileo gall gallagher gallant galleries gallery galley gallipoli
gallo gallon gallons gallop galloway gallows gallup galore gals galvanized galveston galway gambia gambit
gamble gambler gamblers gambling game gameplay gamer gamergate gamers games gaming gamma gandalf gandhi gang
gangs gangsta gangster gangsters gaping gaps garage garages garb garbage garcia garde garden gardener
gardeners gardening gardens gardiner gardner gareth garfield garland garlic garment garments garner garnered
garnet garnett garnish garrett garrison garry garth garvey gary gases gasket gasoline gasp gasping gassed
gaston gastric gastrointestinal gate gated gates gateway gather gathered gathering gatherings gathers gator
gatorade gators gatsby gauge gauges gaul gaulle gauntlet gave gavin gayle gays gaza gaze gazette gazing gcse
gear gearbox geared gearing gears geek geeks geelong geese geez gelatin gemini gemma gems gemstone gender
gendered genders gene genealogical genealogy genera general generalization generalizations generalized
generally generals generate generated generates generating generation generational generations generator
generators generic generosity generous generously genes genesis genetic genetically genetics geneva genevieve
genie genital genitalia genitals genius geniuses genoa genocide genome genomes genomic genomics genre genres
gent gentile gentiles gentle gentleman gentlemen gently gentrification gentry gents genuine genuinely genus
geoff geoffrey geographic geographical geographically geography geologic geological geologist geologists
geology geometric geometry geophysical geopolitical georg george georges georgetown georgia georgian georgie
georgina geothermal gerald gerard germ germain german germanic germans germany germs gerrard gerry gertrude
gestapo gestation gesture gestures getaway gets gettin getting getty gettysburg ghana ghanaian ghastly ghetto
ghost ghostbusters ghostly ghosts giant giants gibbons gibbs gibraltar gibson giddy gideon gifs gift gifted
gifts gigantic giggle giggles giggling gigi gigs gilbert gilded giles gill gilles gillespie gillette gillian
gills gilmore gilt gimme gimmick gina ginger gingerbread gingrich ginny gino giorgio giovanni giraffe girl
girlfriend girlfriends girls girly giro giroud gist github giuliani giuseppe give giveaway giveaways given
giver gives giving glacial glacier glaciers glad gladiator gladiators gladly gladstone gladys glam glamorous
glamour glance glanced glances glancing gland glands glare glaring glasgow glass glasses glastonbury glaucoma
glaze glazed glazing gleaming glee glen glendale glenn glide glider gliding glimmer glimpse glimpses glitch
glitches glitter glittering global globalization globally globe globes glock gloom gloomy gloria glorified
glorify glorious glory gloss glossary glossy gloucester gloucestershire glove glover gloves glow glowing
glucose glue glued gluten gmail gmbh gnome goal goalie goalkeeper goals goaltender goat goats goblin goblins
goddamn goddard goddess goddesses godfather godfrey godly gods godwin godzilla goers goes goethe goggles gogh
goin going goku gold goldberg golden goldfish goldie goldman golds goldsmith goldstein golf golfer golfers
golfing goliath gomes gomez gone gong gonna gonzaga gonzales gonzalez gonzalo good goodbye goodbyes goodies
goodman goodness goodnight goods goodwill goodwin goody goodyear goof goofy google googled googling goon goons
goose goosebumps gopro gorbachev gordon gore gorge gorgeous gorilla gorillas gorman gory gosh gosling gospel
gospels gossip gotcha goth gotham gothic goto gotta gotten gough gould gourmet gout govern governance governed
governing government governmental governments governor governors governs govt gown gowns grab grabbed grabbing
grabs grace graced graceful gracefully graces gracie gracious graciously grad grade graded grader graders
grades gradient grading gradual gradually graduate graduated graduates graduating graduation grady graeme
graffiti graft grafton graham grail grain grains gram grammar grammatical grammy grammys grams gran granada
grand grandad grandchild grandchildren granddaughter grande grandeur grandfather grandkids grandma grandmother
grandmothers grandpa grandparents grandson grange granger granite granny granola grant granted granting grants
granular granville grape grapefruit grapes graph graphene graphic graphical graphically graphics graphite
graphs grapple grappling gras grasp grasped grasping grass grasses grasshopper grassland grassroots grassy
grate grated grateful gratification gratifying grating gratitude grave gravel gravely graves graveyard
gravitational gravity gravy gray grayson graze grazing grease greasy great greater greatest greatly greatness
greats greco greece greed greedy greek greeks green greenberg greene greener greenfield greenhouse greenish
greenland greens greensboro greenville greenwich greenwood greer greet greeted greeting greetings greets greg
gregg gregor gregory grenada grenade grenades greta gretchen grew grey greyhound grid grids grief grievance
grievances grieve grieving grievous griffin griffith griffiths grill grille grilled grilling grim grime grimes
grimm grin grind grinder grinding grinning grip gripped gripping grips grit gritty grizzlies grizzly groan
grocer groceries grocery groin groom groomed grooming groot groove grooves groovy groping gross grossed
grossing grossly grossman grotesque ground groundbreaking grounded grounding grounds groundwater groundwork
group grouped grouping groupings groups grouse grove grover groves grow grower growers growing growl grown
grows growth grub grudge gruesome grumpy grunge grunt gtfo guam guangdong guangzhou guantanamo guarantee
guaranteed guaranteeing guarantees guard guarded guardian guardians guarding guardiola guards guatemala
gubernatorial gucci guernsey guerrero guerrilla guerrillas guess guessed guesses guessing guest guests
guggenheim guidance guide guided guideline guidelines guides guiding guido guild guildford guilds guillermo
guillotine guilt guilty guinea guineas guinness guise guitar guitarist guitars gujarat gulf gull gullible
gulls gully gump gums gundam gunfire gunman gunmen gunn gunna gunnar gunned gunner gunners gunning gunpoint
gunpowder guns gunshot gunshots gunther gupta gurney guru gurus gushing gust gustav gustavo gusto gusts
guthrie gutierrez guts gutted gutter guyana guys gwen gymnasium gymnast gymnastics gyms gypsies gypsy haas
habit habitable habitat habitation habitats habits habitual habs hack hacked hacker hackers hackett hacking
hackney hacks hades hadith hadley hagen hague haha hahah hahaha hahahaha hahn haiku hail hailed hailey hailing
hails haines hair haircut haircuts hairdresser haired hairline hairs hairstyle hairstyles hairy haiti haitian
hajj halal hale haley half halfback halftime halfway halifax hall halle hallelujah hallmark hallowed halloween
halls hallucinations hallway hallways halo halsey halt halted halting halves hamas hamburg hamburger
hamburgers hamid hamilton hamish hamlet hamlin hammer hammered hammering hammers hammock hammond hampden
hamper hampered hampshire hampstead hampton hamster hamstring hana hancock hand handbag handbags handball
handbook handcuffed handcuffs handed handedly handful handgun handguns handheld handicap handicapped handing
handkerchief handle handled handler handlers handles handling handmade handout handouts hands handset
handshake handsome handwriting handwritten handy hang hangar hanged hanger hangers hanging hangout hangover
hangs hank hanks hanley hanna hannah hannibal hannity hanoi hanover hans hansen hanson happen happened
happening happenings happens happier happiest happily happiness happy hara haram harass harassed harassing
harassment harbor harbors harbour harcourt hard hardcore hardcover harden hardened hardening harder hardest
harding hardly hardness hardship hardships hardware hardwood hardworking hardy hare harem hari harlan harlem
harley harlow harm harman harmed harmful harming harmless harmon harmonic harmonies harmonious harmony harms
harness harold harp harper harriet harrington harris harrisburg harrison harrow harrowing harry harsh harsher
harshly hart hartford hartley hartman harvard harvest harvested harvesting harvey haryana hasan hash hashtag
hashtags haskell hasnt hassan hassle hast haste hastily hastings hasty hatch hatchback hatched hatches hatchet
hatching hate hated hateful hater haters hates hatfield hath hathaway hating hatred hats haul hauled hauling
haunt haunted haunting haunts haute havana have haven havens havent havin having havoc hawaii hawaiian hawk
hawke hawkes hawkeye hawking hawkins hawks hawley hawthorn hawthorne hayden hayes hayley haynes hays hayward
hazard hazardous hazards haze hazel hazy hdmi head headache headaches headband headed header headers heading
headless headlights headline headlined headlines headlining headmaster headphone headphones headquartered
headquarters heads headset headway heal healed healer healing heals health healthcare healthier healthiest
healthy healy heap heaps hear heard hearing hearings hears hearsay hearst heart heartache heartbeat heartbreak
heartbreaking heartbroken hearted heartfelt hearth heartland heartless hearts heartwarming hearty heat heated
heater heaters heath heathen heather heathrow heating heats heaven heavenly heavens heavier heaviest heavily
heavy heavyweight hebrew hebrews hebron heck hectare hectares hectic hector hedge hedgehog hedges heed heel
heels hefty hegemony hehe heidelberg heidi height heightened heights heineken heinous heinrich heinz heir
heiress heirloom heirs heisman heist held helen helena helene helicopter helicopters helium helix hell hella
heller hello hells helm helmet helmets help helped helper helpers helpful helping helpless helps helsinki
hemingway hemisphere hemorrhage hemp hemsworth hence henceforth henderson hendricks hendrix henley hennessy
henning henri henrietta henrik henry hens henson hentai hepatic hepatitis hepburn herald heralded herb herbal
herbert herbs hercules herd herds here hereafter hereby hereditary hereford herein heres heresy heretic
heretics heritage herman hermann hermes hermione hermit hernandez hernia hero heroes heroic heroin heroine
heroism heron herpes herr herrera herring hers herself hershey hertfordshire hertz herzegovina hesitant
hesitate hesitated hesitation hess hester heterogeneous heterosexual hewitt hewlett heyday heywood hezbollah
hiatus hibernation hiccups hickey hickory hicks hidden hide hideous hideout hides hiding hierarchical
hierarchy higgins higgs high higher highest highland highlanders highlands highlight highlighted highlighting
highlights highly highness highs highschool highway highways hijab hijack hijacked hijacking hike hikers hikes
hiking hilarious hilariously hilary hilda hill hillary hills hillsborough hillside hilltop hilly hilton
himalayan himalayas himself hind hinder hindered hindi hindrance hindsight hindu hinduism hindus hines hinge
hinged hinges hint hinted hinting hints hippie hippies hippo hippocampus hippy hips hipster hire hired hires
hiring hiroshima hirsch hispanic hispanics hiss historian historians historic historical historically
histories history hitachi hitch hitchcock hitherto hitler hitman hits hitter hitters hitting hive hives hiya
hmmm hoard hoarding hoax hobart hobbes hobbies hobbit hobbs hobby hobo hoboken hockey hodge hodges hodgson
hoffman hogan hogg hogs hogwarts hoist hoisted hola hold holden holder holders holding holdings holds hole
holed holes holiday holidays holiness holistic holland hollis hollow holloway holly hollywood holmes holocaust
hologram holographic holster holt holy homage home homecoming homegrown homeland homeless homelessness
homemade homeowner homeowners homepage homer homers homes homestead hometown homework homicide homicides homie
homing homo homogeneous homophobia homophobic homosexual homosexuality homosexuals honda honduras hone honed
honest honestly honesty honey honeymoon hong honolulu honor honorable honorary honored honoring honors honour
honourable honoured honours hood hooded hoodie hoodies hoods hoof hook hooked hooker hookers hooking hooks
hookup hoon hoop hooper hoops hooray hoot hoover hope hoped hopeful hopefully hopeless hopelessly hopes hoping
hopkins hopped hopper hopping hops horace horatio horde hordes horizon horizons horizontal horizontally
hormonal hormone hormones horn horne horned horner hornet hornets horns horny horoscope horowitz horrendous
horrible horribly horrid horrific horrified horrifying horror horrors horse horseback horseman horsemen
horsepower horses horseshoe horticultural horticulture horton hose hoses hospice hospital hospitality
hospitalization hospitalized hospitals host hostage hostages hosted hostel hostels hostess hostile hostilities
hostility hosting hosts hotel hotels hotline hotspot hotspur hotter hottest hottie hough houghton hound hounds
hour hourly hours house housed household households housekeeper housekeeping housemates houses housewife
housewives housework housing houston hove hover hovering howard howdy howe howell however howie howl howling
hoyt hsbc html http https huang huawei hubbard hubble hubby hubert hubs huddersfield huddle huddled hudson
hues huey huff huffington huge hugely hugged hugging hugh hughes hugo hugs hula hulk hull hulu human humane
humanism humanist humanitarian humanities humanity humankind humanoid humans humble humbled humbling humbly
humboldt hume humid humidity humiliate humiliated humiliating humiliation humility humming hummus humor
humorous humour hump humphrey hunch hundred hundreds hung hungarian hungary hunger hungry hunk hunt hunted
hunter hunters hunting huntington hunts huntsman huntsville hurdle hurdles hurled hurley hurling huron
hurricane hurricanes hurried hurry hurst hurt hurtful hurting hurts husband husbands hush huskies husky
hussain hussein hustle hustler hutch hutchinson huts hutton huxley hvac hwang hyatt hybrid hybrids hyde
hyderabad hydra hydrate hydrated hydration hydraulic hydro hydrocarbon hydrocarbons hydroelectric hydrogen
hygiene hymn hymns hype hyped hyper hyperbolic hypertension hypnosis hypnotic hypocrisy hypocrite hypocrites
hypocritical hypothermia hypotheses hypothesis hypothesized hypothetical hysteria hysterical hyun hyundai
hyung iaea iain ibiza ibrahim iceberg iced iceland icelandic icing icloud icon iconic icons idaho idea ideal
idealism idealistic ideally ideals ideas identical identifiable identification identified identifier
identifies identify identifying identities identity ideological ideologically ideologies ideology idiot
idiotic idiots idle idol idols idris idyllic ieee iggy ignite ignited ignition ignorance ignorant ignore
ignored ignores ignoring igor ikea illegal illegally illegals illegitimate illicit illinois illiterate illness
illnesses illogical ills illuminate illuminated illuminati illuminating illumination illusion illusions
illustrate illustrated illustrates illustrating illustration illustrations illustrative illustrator
illustrious image imagery images imaginable imaginary imagination imaginations imaginative imagine imagined
imagines imaging imagining imam imax imbalance imbalances imdb imitate imitating imitation imma immaculate
immature immediate immediately immense immensely immersed immersion immersive immigrant immigrants immigration
imminent immoral immortal immortality immune immunity immunization immunology impact impacted impacting
impacts impaired impairment impairments impala impart impartial impatience impatient impeach impeached
impeachment impeccable impedance impede impediment impending impenetrable imperative imperfect imperfections
imperial imperialism imperialist impetus implant implantation implanted implants implement implementation
implementations implemented implementing implements implicated implication implications implicit implicitly
implied implies imply implying import importance important importantly importation imported importer importing
imports impose imposed imposes imposing imposition impossibility impossible impotent impoverished impractical
impress impressed impressing impression impressions impressive imprint imprisoned imprisonment improbable
impromptu improper improperly improv improve improved improvement improvements improves improving
improvisation improvise improvised impulse impulses impulsive impunity impurities imran inability inaccessible
inaccuracies inaccurate inaction inactive inactivity inadequate inadvertently inanimate inappropriate
inappropriately inaugural inaugurated inauguration inbound inbox inca incandescent incapable incapacitated
incarcerated incarceration incarnate incarnation incendiary incense incentive incentives inception incessant
incest inch inches incidence incident incidental incidentally incidents incision incite inciting incl
inclination incline inclined include included includes including inclusion inclusive incognito incoherent
income incomes incoming incomparable incompatible incompetence incompetent incomplete incomprehensible
inconceivable inconclusive inconsiderate inconsistencies inconsistency inconsistent inconvenience inconvenient
incorporate incorporated incorporates incorporating incorporation incorrect incorrectly increase increased
increases increasing increasingly incredible incredibly incremental increments incriminating incubation
incubator incumbent incumbents incur incurable incurred indebted indecent indeed indefinite indefinitely
independence independent independently independents indestructible index indexed indexes indexing india indian
indiana indianapolis indians indicate indicated indicates indicating indication indications indicative
indicator indicators indices indicted indictment indictments indie indies indifference indifferent indigenous
indignation indigo indirect indirectly indiscriminate indiscriminately indispensable indistinct
indistinguishable individual individualism individuality individualized individually individuals indo
indonesia indonesian indoor indoors induce induced induces inducing inducted induction indulge indulgence
indulgent indulging indus industrial industrialization industrialized industries industry indy ineffective
inefficient ineligible inept inequalities inequality inert inertia inevitable inevitably inexpensive
inexperienced inexplicable inexplicably infallible infamous infancy infant infantry infants infect infected
infection infections infectious infer inference inferior infernal inferno inferred infertility infestation
infested infidelity infield infiltrate infiltrated infiltration infinite infinitely infinity infirmary
inflamed inflammation inflammatory inflatable inflate inflated inflation inflict inflicted inflicting
influence influenced influencers influences influencing influential influenza influx info infographic inform
informal informally informant informants informatics information informational informative informed informer
informing informs infrared infrastructure infrequent infrequently infringe infringed infringement infringing
infuriating infused infusion ingenious ingenuity ingested ingestion ingrained ingram ingredient ingredients
ingrid inhabit inhabitants inhabited inhalation inhale inhaled inhaling inherent inherently inherit
inheritance inherited inhibit inhibited inhibiting inhibition inhibitor inhibitors inhibits inhuman inhumane
initial initially initials initiate initiated initiates initiating initiation initiative initiatives inject
injected injecting injection injections injunction injure injured injuries injuring injury injustice
injustices inked inks inland inlet inline inmate inmates innate inner inning innings innocence innocent
innocents innocuous innovate innovation innovations innovative innovator innovators inns innumerable inorganic
inpatient input inputs inquest inquire inquiries inquiring inquiry inquisition inquisitive insane insanely
insanity insatiable inscribed inscription inscriptions insect insects insecure insecurities insecurity
insensitive inseparable insert inserted inserting insertion inserts inside insider insiders insides insidious
insight insightful insights insignia insignificant insist insisted insistence insistent insisting insists
insofar insolvency insomnia inspect inspected inspecting inspection inspections inspector inspectors
inspiration inspirational inspirations inspire inspired inspires inspiring insta instability instagram install
installation installations installed installing installment installments instalment instance instances instant
instantaneous instantly instead instigated instill instinct instinctive instinctively instincts institut
institute instituted institutes institution institutional institutionalized institutions instruct instructed
instructing instruction instructional instructions instructive instructor instructors instructs instrument
instrumental instrumentation instruments insufficient insular insulated insulating insulation insulin insult
insulted insulting insults insurance insure insured insurer insurers insurgency insurgent insurgents
insurmountable insurrection intact intake intangible integer integers integral integrate integrated integrates
integrating integration integrity intel intellect intellectual intellectually intellectuals intelligence
intelligent intelligently intend intended intending intends intense intensely intensified intensifies
intensify intensity intensive intent intention intentional intentionally intentions inter interact interacted
interacting interaction interactions interactive interacts intercept intercepted interception interceptions
interchange interchangeable interconnected intercontinental intercourse interdisciplinary interest interested
interesting interestingly interests interface interfaces interfere interfered interference interferes
interfering intergovernmental interim interior interiors interlocking interlude intermediary intermediate
intermission intermittent intermittently intern internal internally international internationally
internationals internet internment interns internship internships interpersonal interplay interpol interpret
interpretation interpretations interpreted interpreter interpreters interpreting interpretive interprets
interracial interrogated interrogation interrupt interrupted interrupting interruption interruptions
interrupts intersect intersection intersections interspersed interstate interstellar intertwined interval
intervals intervene intervened intervening intervention interventions interview interviewed interviewer
interviewing interviews intestinal intestine intestines intimacy intimate intimately intimidate intimidated
intimidating intimidation into intolerable intolerance intolerant intoxicated intoxication intra intracellular
intravenous intrepid intricate intrigue intrigued intriguing intrinsic intrinsically intro introduce
introduced introduces introducing introduction introductions introductory introspection intruder intruders
intrusion intrusive intuition intuitive intuitively inundated invade invaded invader invaders invading invalid
invalidate invaluable invariably invariant invasion invasions invasive invent invented inventing invention
inventions inventive inventor inventories inventors inventory inverness inverse inversion inverted invest
invested investigate investigated investigates investigating investigation investigations investigative
investigator investigators investing investment investments investor investors invests invincible invisible
invitation invitational invitations invite invited invites inviting invoice invoices invoke invoked invoking
involuntary involve involved involvement involves involving inward iodine ionic ionization ions iowa ipad
ipads iphone iphones ipod ipswich iqbal iran iranian iranians iraq iraqi iraqis ireland irene irina iris irish
irishman irma iron ironic ironically ironing ironman irons irony irradiation irrational irregular
irregularities irrelevant irreplaceable irresistible irrespective irresponsible irreversible irrigation
irritable irritate irritated irritating irritation irvine irving irwin isaac isabel isabella isabelle isaiah
isbn isil isis isla islam islamabad islamic islamist islamists island islander islanders islands isle isles
islington ismail isnt isolate isolated isolates isolating isolation isotope isotopes isps israel israeli
israelis israelites issa issuance issue issued issuer issues issuing istanbul italia italian italians italics
italy itch itching itchy item items iteration iterations ithaca itinerary itself itunes ivan ives ivory izzy
jace jack jackass jacked jacket jackets jackie jackman jackpot jacks jackson jacksonville jacob jacobs
jacobson jacqueline jacques jade jaffa jagged jagger jaguar jaguars jail jailbreak jailed jails jaime jain
jaipur jakarta jake jakob jamaica jamaican jamal james jameson jamestown jamie jammed jamming jammu jams jana
janata jane janeiro janet jang janice janine janis janitor jansen january janus japan japanese jared jargon
jarrett jarring jars jarvis jasmine jason jasper java javascript javier jaws jayne jays jazeera jazz jazzy
jealous jealousy jean jeanette jeanne jeans jedi jeep jeez jeff jefferson jeffery jeffrey jeffries jehovah
jekyll jelly jellyfish jenkins jenna jenner jennie jennifer jennings jenny jens jensen jeong jeopardize
jeopardy jeremiah jeremy jericho jerk jerking jerks jerky jerome jerry jersey jerseys jerusalem jess jesse
jessica jessie jest jesuit jesuits jesus jeter jets jetty jewel jewellery jewelry jewels jewish jews jiang
jigsaw jihad jill jillian jimi jimmie jimmy jing jingle jinx jive joachim joan joanna joanne joaquin jobless
jobs jocelyn jock jockey jodi jodie jody joel joey joffrey jogging johan johann johanna johannes johannesburg
johansson john johnnie johnny johns johnson johnston johnstone join joined joining joins joint jointly joints
jojo joke joked joker jokes joking jokingly jolie jolly jolt jonah jonas jonathan jones jong joni jonny joon
jordan jordanian jorge jose josef joseph josephine josh joshua josiah josie joss jour journal journalism
journalist journalistic journalists journals journey journeys joyce joyful joyous joys jpeg juan jubilee judah
judaism judas judd jude judge judged judgement judgements judges judging judgment judgmental judgments
judicial judiciary judith judo judy juggernaut juggle juggling juice juices juicy jukebox jules julia julian
julie julien juliet juliette julio julius july jumbo jump jumped jumper jumpers jumping jumps jumpsuit
junction junctions juncture june jung jungle jungles junior juniors juniper junk junkie junkies juno junta
jupiter jurassic juries jurisdiction jurisdictions jurisprudence juror jurors jury just justice justices
justifiable justification justified justifies justify justifying justin justine juvenile juveniles juventus
kabir kabul kahn kaiser kalamazoo kale kali kamal kamala kami kane kang kangaroo kangaroos kanji kano kansas
kant kanye kaplan kapoor kappa kara karachi karan karaoke karate kardashian kareem karen kari karim karin karl
karma karnataka kart kashmir kate katharine katherine kathleen kathmandu kathryn kathy katie kato katrina katy
katz kaufman kavanaugh kawasaki kawhi kayak kayaking kaye kayla kazakhstan keane kearney keating keaton kebab
keegan keel keen keenan keenly keep keeper keepers keeping keeps keith keller kelley kellogg kelly kelsey
kelvin kemp kendall kendra kendrick kennedy kennel kenneth kenny kensington kent kentucky kenya kenyan kenyon
kepler kept kerala kermit kern kernel kernels kerosene kerr kerry kershaw kessler ketchup keto kettle kevin
keyboard keyboards keynes keynote keys keystone keyword keywords khaki khaled khalid khalifa khalil khan
khartoum khmer khrushchev kick kicked kicker kicking kickoff kicks kickstarter kidd kidding kiddo kidnap
kidnapped kidnappers kidnapping kidney kidneys kids kieran kiev kiki kilda kill killed killer killers killing
killings kills kiln kilo kilogram kilograms kilometer kilometers kilometre kilometres kilos kimball kimberley
kimberly kimi kimmel kinase kind kinda kinder kindergarten kindle kindly kindness kindred kinds kinetic king
kingdom kingdoms kingpin kings kingsley kingston kink kinks kinky kinship kiosk kira kirby kirk kirkland
kirsten kirsty kiss kissed kisses kissing kissinger kitchen kitchens kite kits kitten kittens kitty kiwi klan
klaus klein klopp knack knee kneel kneeling knees knew knicks knife knight knights knit knitted knitting
knives knob knobs knock knocked knocking knockout knocks knot knots know knowing knowingly knowledge
knowledgeable knowles known knows knox knoxville knuckle knuckles koala kobe koch kodak kohli kolkata kombat
kong kool koran korea korean koreans kors kosher kosovo kpop kraft kramer kremlin kris krishna kristen kristin
kristina kroger kruger kuala kudos kumar kung kurdish kurdistan kurds kurt kush kushner kuwait kwon kyiv kyle
kylie kyoto kyrgyzstan kyrie kyung label labeled labeling labelled labelling labels labor laboratories
laboratory laborers labour labourers labrador labs labyrinth lace laced laces lacey lack lacked lacking
lackluster lacks lacrosse lactose lacy ladder ladders laden ladies lads lady lafayette lager lagged lagging
lago lagoon lagos lags laguna lahore laid lair laird lake lakers lakes lakeside lakewood lakh lakhs lala lama
lamar lamb lambda lambert lamborghini lambs lame lament lamented laminated lamont lamp lampard lamps lana
lancashire lancaster lance lancelot lancet land landed lander landfall landfill landing landings landline
landlord landlords landmark landmarks landon landowner landowners landry lands landscape landscapes
landscaping landslide lane lanes lang langdon lange langley language languages lanka lankan lannister lansing
lantern lanterns laos lapd laps lapse laptop laptops lara lard large largely larger largest largo lark larkin
larry lars larsen larson larsson larva larvae lasagna laser lasers lash lashed lashes lashing lass last lasted
lasting lastly lasts latch late lately latency latent later lateral latest latex latham latin latina latino
latinos latitude latte latter lattice latvia latvian laude lauded lauderdale laugh laughable laughed laughing
laughs laughter launch launched launcher launchers launches launching laundering laundry laura laureate laurel
lauren laurence laurent laurie lausanne lava lavender lavish lawful lawfully lawless lawmaker lawmakers lawn
lawns lawrence laws lawson lawsuit lawsuits lawton lawyer lawyers layer layered layering layers laying layoffs
layout layouts lays lazarus laziness lazy leach lead leader leaderboard leaders leadership leading leads leaf
leaflet leaflets leafs leafy league leagues leah leak leakage leaked leaking leaks leaky lean leaned leaning
leanne leans leap leaping leaps leapt lear learn learned learner learners learning learns learnt lease leased
leases leash leasing least leather leave leaves leaving lebanese lebanon leblanc lebron lecture lectured
lecturer lecturers lectures lecturing ledge ledger leds leech leeds lees leeway left leftist leftists leftover
leftovers lefty legacies legacy legal legality legalization legalize legalized legalizing legally legend
legendary legends legged leggings legion legions legislate legislation legislative legislator legislators
legislature legislatures legit legitimacy legitimate legitimately lego legs lehigh lehman lehmann leia
leicester leicestershire leigh leighton leila leinster leipzig leisure leisurely leith leland lemme lemon
lemonade lemons lena lend lender lenders lending lends length lengths lengthy lenient lenin leningrad lennon
lennox lenny lenovo lens lenses lent lentils leon leonard leonardo leone leopard leopold leprosy lerner leroy
lesbian lesbians lesion lesions lesley leslie less lessen lesser lesson lessons lest lester lethal leto lets
letter lettering letterman letters letting lettuce leukemia leung levant level leveled leveling levelled
levels lever leverage leveraged leveraging levers levi leviathan levied levies levin levine levy lewd lewis
lexi lexical lexicon lexington lexus lgbt lgbtq liabilities liability liable liaison liam liang liar liars
libby libel liberal liberalism liberals liberate liberated liberating liberation liberia liberian libertarian
libertarians liberties liberty libido librarian librarians libraries library libs libya libyan lice licence
licences license licensed licensee licenses licensing lick licked licking licks lids lieberman lied lien lies
lieu lieutenant lieutenants life lifeboat lifeguard lifeless lifeline lifelong lifespan lifestyle lifestyles
lifetime lifetimes lift lifted lifting lifts liga ligament ligaments ligand light lighted lighten lightening
lighter lighthouse lighting lightly lightning lights lightweight like likeable liked likelihood likely likened
likeness likes likewise liking lila lilac lilies lille lillian lilly lily lima limb limbo limbs lime limelight
limerick limestone limit limitation limitations limited limiting limitless limits limo limousine limp lina
lincoln lincolnshire linda linden lindsay lindsey line lineage linear linebacker lined lineman linen liner
liners lines lineup ling linger lingerie lingering lingo linguistic linguistics lining link linkage linked
linkedin linking links linn lint linus linux lion lionel lions lipid lips lipstick liquid liquidation
liquidity liquids liquor lira lisa lisbon lisp list listed listen listened listener listeners listening
listens lister listing listings lists lite liter literacy literal literally literary literate literature
liters lithium lithuania lithuanian litigation litre litres litter littered little liturgical liturgy live
lived livelihood livelihoods lively liver liverpool livery lives livestock livid livin living livingston
livingstone liza lizard lizards lizzie lizzy lloyd lmao lmfao load loaded loader loading loads loaf loan
loaned loans loathe loathing lobbied lobbies lobby lobbying lobbyist lobbyists lobe lobes lobster lobsters
local locale localities locality localization localized locally locals locate located locating location
locations locator loch lock lockdown locke locked locker lockers lockhart lockheed locking lockout locks
lockwood loco locomotive locomotives locus locust lodge lodged lodges lodging loeb loft lofty logan logged
logging logic logical logically login logistic logistical logistics logo logos logs lohan lois loki lola
lolita lollipop lombard lombardi london londonderry lone loneliness lonely loner lonesome long longed longer
longest longevity longing longitude longitudinal longs longstanding longtime look looked lookin looking
lookout looks loom looming loomis looms loon looney loop loophole loopholes looping loops loose loosely loosen
loosened looser loosing loot looted looting lopez lord lorde lords lordship lore loren lorenzo loretta lori
lorna lorraine lorry lose loser losers loses losing loss losses lost lothian lotion lots lotta lotte lottery
lotto lotus loud louder loudest loudly louie louis louisa louise louisiana louisville lounge lousy louvre
lovable love loved lovely lover lovers loves lovin loving lovingly lowe lowell lower lowered lowering lowers
lowest lowland lowly lowry lows loyal loyalist loyalists loyalties loyalty loyola lubbock lube lubricant luca
lucas luce lucia lucian lucid lucie lucien lucifer lucille lucius luck luckiest luckily lucknow lucky
lucrative lucy ludicrous ludlow ludwig luggage luigi luis luiz luka lukaku lukas luke lukewarm lull lullaby
lulu lumbar lumber lumen luminous lump lumps lumpur luna lunar lunatic lunch luncheon lunches lunchtime lund
lung lungs lupus lure lured lurk lurking luscious lush lust luther lutheran luton lutz luxe luxembourg
luxuries luxurious luxury lydia lyft lying lyle lyman lyme lymph lymphoma lynch lynching lyndon lynn lynne
lynx lyon lyons lyric lyrical lyrics mabel macaroni macarthur macau macbeth macbook macdonald mace macedonia
macedonian mach machado machete machine machinery machines machining macho macintosh mack mackay mackenzie
mackerel maclean macleod macmillan macon macos macpherson macquarie macro macroeconomic macs macy madagascar
madam madame madden maddie maddox made madeleine madeline mademoiselle madison madly madman madness madonna
madras madrid maestro mafia maga magazine magazines mage magenta maggie magic magical magically magician
magicians magistrate magistrates magma magna magnate magnesium magnet magnetic magnetism magneto magnets
magnificent magnified magnifying magnitude magnolia magnum magnus mags maguire mahal maharashtra mahatma maher
mahmoud mahogany mahoney maia maid maiden maids mail mailbox mailed mailing mails main maine mainframe
mainland mainline mainly mains mainstay mainstream maintain maintained maintaining maintains maintenance
maison maitland maize majestic majesty major majority majors make makeover maker makers makes makeshift makeup
makin making malaria malawi malay malaya malaysia malaysian malcolm maldives male males malfunction mali
malibu malice malicious malignant malik mall mallet mallory malls malnutrition malone maloney malpractice malt
malta maltese malware mama mamma mammal mammalian mammals mammoth mana manafort manage manageable managed
management manager managerial managers manages managing manchester mandarin mandate mandated mandates
mandatory mandela mandy mane maneuver maneuvering maneuvers manga manganese manger mango manhattan manhood
manhunt mani mania maniac manic manicure manifest manifestation manifestations manifested manifesting
manifesto manifests manifold manila manipulate manipulated manipulating manipulation manipulative manitoba
mankind manly mann manned mannequin manner mannered manners manning manny manoeuvre manor manpower mans
mansfield mansion mansions manslaughter manson mantis mantle mantra manu manual manually manuals manuel
manufacture manufactured manufacturer manufacturers manufactures manufacturing manure manuscript manuscripts
many maori maple mapped mapping maps mara marathon marathons marble marbles marc marcel marcelo march marched
marches marching marcia marco marcos marcus mardi mare mares margaret margarita marge margin marginal
marginalized marginally margins margo margot marguerite mari maria mariah marian mariana marianne mariano
marie marietta marijuana marilyn marin marina marine mariner mariners marines marino mario marion marissa
marital maritime marius marjorie mark marked markedly marker markers market marketable marketed marketers
marketing marketplace markets markham marking markings markov marks markup markus marlboro marlborough marlene
marley marlin marlins marlon marlowe maroon marquee marquette marquez marquis marr marred marriage marriages
married marries marriott marrow marry marrying mars marsden marseille marsh marsha marshal marshall marshals
marshes marshmallow marshmallows mart marta martha martial martian martin martina martinez martini martins
marty martyn martyr martyrdom martyrs marvel marvellous marvelous marvin marx marxism marxist mary maryland
mascara mascot masculine masculinity maserati mash mashed mask masked masking masks mason masonic masonry
masons masquerade mass massa massachusetts massacre massacred massacres massage massages masse masses massey
massive massively mast master mastercard masterchef mastered masterful mastering mastermind masterpiece
masterpieces masters mastery masturbate masturbating masturbation mata match matched matches matching
matchmaking matchup mate mateo mater material materialism materialistic materialize materially materials
maternal maternity mates math mathematical mathematically mathematician mathematicians mathematics mather
matheson mathew mathews mathias mathieu maths matic matilda mating matrices matrix matron mats matt matte
matteo matter mattered matters matthew matthews matthias mattress mattresses matty maturation mature matured
maturing maturity maud maude maui maureen maurice mauritius maury maverick mavericks maxi maxim maximal
maximise maximize maximizing maximum maximus maxine maxwell maya mayan maybe mayer mayfair mayfield mayhem
maynard mayo mayonnaise mayor mayoral mayors mays mayweather mazda maze mcallister mcbride mccabe mccain
mccall mccann mccarthy mccartney mcconnell mccormack mccormick mccoy mcdermott mcdonald mcdonalds mcdonnell
mcdowell mcgee mcgill mcgovern mcgowan mcgrath mcgraw mcgregor mcguire mcintosh mcintyre mckay mckee mckenna
mckenzie mckinley mckinney mckinnon mclaren mclaughlin mclean mcleod mcmahon mcmanus mcmaster mcmillan
mcnamara mcpherson mcqueen mead meade meadow meadows meager meal meals mean meaning meaningful meaningless
meanings means meant meantime meanwhile measles measurable measure measured measurement measurements measures
measuring meat meatballs meats meaty mecca mech mechanic mechanical mechanically mechanics mechanism
mechanisms medal medalist medallion medallist medals meddling media medial median mediate mediated mediation
mediator medic medicaid medical medically medicare medication medications medici medicinal medicine medicines
medics medieval medina mediocre mediocrity meditate meditating meditation meditations mediterranean medium
mediums medley meds medusa meek meet meeting meetings meets meetup mega megan meghan mein melancholy melanie
melanoma melbourne melee melinda melissa mellon mellow melo melodic melodies melodrama melody melon melrose
melt meltdown melted melting melts melville melvin member members membership memberships membrane membranes
meme memes memo memoir memoirs memorabilia memorable memorandum memorial memorials memories memorize memorized
memory memos memphis mena menace menacing mend mendes mendoza meng meningitis menopause mens menstrual
menswear ment mental mentality mentally mention mentioned mentioning mentions mentor mentoring mentors menu
menus menzies meow meps mercantile mercedes mercenaries mercenary mercer merch merchandise merchandising
merchant merchants merciful merciless merck mercury mercy mere meredith merely merge merged merger mergers
merging meridian merit meritorious merits merkel merle merlin mermaid merrick merrill merritt merry merseyside
merton meryl mesa mesh mess message messages messaging messed messenger messengers messes messi messiah
messing messy meta metabolic metabolism metabolites metadata metal metallic metallica metals metamorphosis
metaphor metaphorical metaphors metaphysical metaphysics metastatic meteor meteorite meteorites meteorological
meteorology meter meters meth methadone methane methanol method methodical methodist methodological
methodologies methodology methods methyl meticulous meticulously metre metres metric metrics metro metropolis
metropolitan mets mexican mexicans mexico meyer meyers miami mica micah mice mich michael michaels michel
michelangelo michele michelin michelle michigan mick mickey micro microbes microbial microbiology
microorganisms microphone microphones microscope microscopic microscopy microsoft microwave midday middle
middlesbrough middlesex middleton middletown middleweight midfield midfielder midfielders midget midi midland
midlands midnight midst midsummer midterm midterms midtown midway midwest midwestern midwife midwives mifflin
might mighty migraine migraines migrant migrants migrate migrated migrating migration migrations migratory
miguel mika mike mikey mikhail mila milan milano mild milder mildly mildred mile mileage miles milestone
milestones miley milf milford miliband militant militants militarily military militia militias milk milking
milkshake milky mill millar millennia millennial millennials millennium miller millers millet millie
milligrams millimeter millimeters milling million millionaire millionaires millions mills milly milne milner
milo milton milwaukee mime mimi mimic mimicking mimics mina minaj mince minced mind minded mindful mindfulness
minding mindless minds mindset mindy mine minecraft mined miner mineral minerals miners minerva mines ming
mingle minh mini miniature miniatures minimal minimalist minimally minimise minimize minimized minimizing
minimum mining minion minions miniseries minister ministerial ministers ministries ministry minivan mink minn
minneapolis minnesota minnie minor minorities minority minors mins minsk mint minted mints minus minuscule
minute minutes mira miracle miracles miraculous miraculously mirage miranda miriam mirror mirrored mirroring
mirrors miscarriage miscellaneous mischief mischievous misconception misconceptions misconduct misdemeanor
miserable miserably misery misfits misfortune misguided mishap misinformation misinterpreted mislead
misleading misled mismanagement mismatch misogynistic misogyny misplaced misrepresentation miss missed misses
missile missiles missing mission missionaries missionary missions mississippi missouri misspelled missy mist
mistake mistaken mistakenly mistakes mistaking mister mistook mistreated mistreatment mistress mistrust misty
misunderstand misunderstanding misunderstandings misunderstood misuse misused mitch mitchell mite mites
mitigate mitigated mitigating mitigation mitochondria mitochondrial mitsubishi mitt mixed mixer mixers mixes
mixing mixtape mixture mixtures mmmm moan moaning moans moat mobil mobile mobiles mobility mobilization
mobilize mobilized mobs moby mocha mock mocked mockery mocking mockingbird mocks modal mode model modeled
modeling modelled modelling models modem moderate moderated moderately moderates moderation moderator
moderators modern modernism modernist modernity modernization modernize modes modest modestly modesty modi
modification modifications modified modify modifying mods modular modulation module modules moffat mogul
mohamed mohammad mohammed mohawk moines moira moist moisture moisturizer mojave mojo molar molasses mold
molded molding moldova molds mole molecular molecule molecules moles molestation molested molina molly molotov
molten moment momentarily momentary momentous moments momentum momma mommy momo moms mona monaco monarch
monarchs monarchy monasteries monastery monastic monday mondays monde monet monetary money mong mongolia
mongolian mongols monica monies moniker monique monitor monitored monitoring monitors monk monkey monkeys
monks monmouth mono monochrome monogram monograph monographs monolithic monologue monopolies monopoly monoxide
monroe mons monsanto monsieur monsoon monster monsters monstrous mont montage montague montana monte
montenegro monterey montgomery month monthly months montreal montrose monty monument monumental monuments mood
moods moody moon mooney moonlight moons moor moore moors moose moot mora moral morale morales morality morally
morals moran moratorium moray morbid more moreno moreover morgan morgue mori moriarty morley mormon mormons
morn mornin morning mornings moroccan morocco moron morons morph morphine morphological morphology morris
morrison morrissey morrow morse mort mortal mortality mortals mortar mortars mortem mortgage mortgages
mortimer morton mortuary morty mosaic moscow moses mosley mosque mosques mosquito mosquitoes moss most mostly
mosul motel moth mother motherboard motherfucker motherfuckers motherfucking motherhood motherland mothers
moths motif motifs motion motions motivate motivated motivates motivating motivation motivational motivations
motive motives motley moto motogp motor motorbike motorcycle motorcycles motoring motorist motorists motorized
motorola motors motorsport motorsports motorway motown mott motto mould moulded mound mounds mount mountain
mountainous mountains mounted mounting mounts mourinho mourn mourning mouse moustache mouth mouthed mouthful
mouthpiece mouths movable move moved movement movements mover movers moves movie movies movin moving mower
mowing moyes mozambique mozart mozilla mozzarella mrna msnbc mubarak much muck mucus muddy mueller muffin
muffins muffled mugabe mugs muhammad muir mulberry mulder mule mules mullen muller mulligan mullins multi
multicultural multiculturalism multidisciplinary multilateral multilingual multimedia multinational
multiplayer multiple multiples multiplication multiplied multiplier multiply multiplying multitude mumbai
mumford mummy mums munch mundane mundo munich municipal municipalities municipality munitions munro munster
muppet muppets mural murals murder murdered murderer murderers murdering murderous murders murdoch murdock
muriel murky murphy murray musa muscle muscles muscular muse muses museum museums mush mushroom mushrooms
music musical musically musicals musician musicians musk muslim muslims mussels mussolini must mustache
mustafa mustang mustangs mustard muster mustered mutant mutants mutated mutation mutations mute muted
mutilated mutilation mutiny mutton mutual mutually muzzle myanmar myers myles myra myriad myrtle myself
myspace mysteries mysterious mysteriously mystery mystic mystical mysticism mystique myth mythic mythical
mythological mythology myths naacp nacho nacional nada nadal nadia nadine nadu nafta nagar nagasaki nagging
nail nailed nailing nails nairobi naive nakamura naked name named nameless namely names namesake namibia
naming nana nancy nanjing nanny nano nanoparticles nanotechnology naomi napa napier napkin napkins naples
napoleon napoli napping naps narcissism narcissist narcissistic narcotic narcotics narendra narrated narration
narrative narratives narrator narrow narrowed narrower narrowing narrowly narrows naruto nasa nasal nascar
nascent nasdaq nash nashville nassau nasser nasty natal natalia natalie natasha nate nathan nathaniel nation
national nationalism nationalist nationalistic nationalists nationalities nationality nationally nationals
nations nationwide native natives nativity nato nats natural naturalist naturally nature natured naughty
nausea nauseous nautical navajo naval navarro nave navigate navigating navigation navigational navigator navy
nawaz nazareth nazi nazis nazism nbsp ncaa ncis neal near nearby nearer nearest nearing nearly neat neatly
nebraska nebula necessarily necessary necessities necessity neck necklace necklaces necks nectar need needed
needing needle needles needless needlessly needs needy nefarious negate negative negatively negatives
negativity neglect neglected neglecting negligence negligent negligible negotiable negotiate negotiated
negotiating negotiation negotiations negotiator negro negroes nehru neighbor neighborhood neighborhoods
neighboring neighbors neighbour neighbourhood neighbourhoods neighbouring neighbours neil neill neither nell
nellie nelly nelson nemesis nemo neoliberal neolithic neon neonatal nepal nepali nephew nephews neptune nerd
nerds nerdy nero nerve nerves nervous nervously nervousness ness nest nested nesting nestle nestled nests
netanyahu netball netflix netherlands nets netted netting network networked networking networks neumann neural
neuro neurological neurologist neurology neuron neuronal neurons neuroscience neurotic neutral neutrality
neutralize neutron neutrons nevada never nevermind nevertheless neville newark newbie newborn newborns newbury
newcastle newcomer newcomers newell newer newest newfound newfoundland newly newman newport news newsletter
newspaper newspapers newsroom newsweek newt newton newtown next nexus neymar ngos nguyen niagara niall
nicaragua nice nicely nicer nicest niche niches nicholas nicholls nichols nicholson nick nickel nickelodeon
nicki nickname nicknamed nicknames nicks nicky nico nicola nicolas nicole nicotine niece nieces nielsen
nietzsche nifty nigel niger nigeria nigerian nigerians nigga niggas nigger nigh night nightclub nightclubs
nightfall nightingale nightlife nightly nightmare nightmares nights nighttime nike niki nikita nikki niko
nikolai nikon nile niles nimble nina nine nineteen nineteenth nineties ninety ninja ninjas nino nintendo ninth
nipple nipples nirvana nissan nite nitrate nitro nitrogen nixon noaa noah nobel nobility noble nobleman nobles
nobody nocturnal nodded nodding node nodes nods noel noir noise noises noisy nokia nola nolan nomad nomadic
nomads nomenclature nominal nominally nominate nominated nominating nomination nominations nominee nominees
none nonetheless nonexistent nonfiction nonlinear nonprofit nonprofits nonsense nonsensical nonstop nonviolent
noodle noodles nook noon noone noor noose nope nora nord nordic nordstrom norfolk norm norma normal
normalization normalize normalized normally norman normandy normative norms norris norse north northampton
northbound northeast northeastern northern northrop northumberland northward northwest northwestern norton
norway norwegian norwich norwood nose nosed noses nostalgia nostalgic nostrils notable notably notary notation
notch notched note notebook notebooks noted notes noteworthy nothin nothing notice noticeable noticeably
noticed notices noticing notification notifications notified notify notifying noting notion notions notoriety
notorious notoriously notre nottingham nottinghamshire notwithstanding noun nouns nourishment nous nouveau
nova novak novel novelist novelists novella novels novelty november novice novo nowadays nowhere nozzle nsfw
nuance nuanced nuances nuclear nuclei nucleotide nucleus nude nudes nudge nudity nugent nugget nuggets
nuisance nuke nukes null numb number numbered numbering numbers numerals numeric numerical numerous nunes nuns
nuremberg nurse nurseries nursery nurses nursing nurture nurtured nurturing nutmeg nutrient nutrients
nutrition nutritional nutritious nuts nutshell nutty nvidia nylon nypd nyse oahu oakland oakley oaks oars
oasis oates oath oatmeal oats obama obamacare obedience obedient obese obesity obey obeyed obeying obituary
object objected objection objectionable objections objective objectively objectives objectivity objects
obligated obligation obligations obligatory oblige obliged oblique obliterated oblivion oblivious obnoxious
obscene obscure obscured obscurity observable observance observant observation observational observations
observatory observe observed observer observers observes observing obsessed obsessing obsession obsessive
obsolete obstacle obstacles obstetrics obstruct obstructed obstructing obstruction obtain obtainable obtained
obtaining obtains obtuse obvious obviously occasion occasional occasionally occasions occult occupancy
occupant occupants occupation occupational occupations occupied occupies occupy occupying occur occurred
occurrence occurrences occurring occurs ocean oceania oceanic oceans octane octave octavia october octopus
oculus oddly odds odessa odin odor odyssey oecd ofcourse offence offences offend offended offender offenders
offending offends offense offenses offensive offer offered offering offerings offers office officer officers
offices official officially officials officiating offline offs offseason offset offshoot offshore offside
offspring often oftentimes ofthe ogden ogre ohhh ohio oiled oilers oils oily ointment okay okinawa oklahoma
olaf older oldest oldham oldies olds oleg olfactory olga olive oliver olives olivia olivier ollie olsen olson
olympia olympian olympians olympic olympics olympus omaha oman omar ombudsman omega omen ominous omission
omissions omit omitted omni omnibus onboard once oncology oncoming oneplus ones oneself ongoing onion onions
online only onscreen onset onshore onslaught onstage ontario onto onus onward onwards onyx oooh oops opal
opaque opec open opened opener opening openings openly openness opens opera operas operate operated operates
operating operation operational operations operative operatives operator operators opinion opinions opioid
opioids opium oppa opponent opponents opportunistic opportunities opportunity oppose opposed opposes opposing
opposite opposites opposition oppressed oppression oppressive oprah opted optic optical optics optimal
optimism optimist optimistic optimization optimize optimized optimizing optimum optimus opting option optional
options opus oracle oral orally orange oranges orbit orbital orbiting orbits orchard orchards orchestra
orchestral orchestrated orchid orchids orcs ordained ordeal order ordered ordering orderly orders ordinance
ordinances ordinarily ordinary ordination ordnance oregon organ organic organically organisation
organisational organisations organise organised organiser organisers organising organism organisms
organization organizational organizations organize organized organizer organizers organizes organizing organs
orgasm orgasms orgy orient oriental orientation oriented origin original originality originally originals
originate originated originates originating origins orioles orion orkney orlando orleans ornament ornamental
ornaments ornate orphan orphanage orphaned orphans orson ortega orthodox orthodoxy orthogonal orthopedic ortiz
orton orwell osaka osama osborn osborne osbourne oscar oscars osha osiris oslo ostensibly osteoporosis ostrich
oswald othello other others otherwise otis ottawa otter otters otto ottoman ottomans ouch ought ounce ounces
ours ourselves ousted outage outages outback outbound outbreak outbreaks outburst outbursts outcast outcome
outcomes outcry outdated outdoor outdoors outer outfield outfielder outfit outfits outfitted outflow outgoing
outing outings outlandish outlaw outlawed outlaws outlet outlets outline outlined outlines outlining outlook
outlying outnumber outnumbered outpatient outperform outpost outposts output outputs outrage outraged
outrageous outreach outright outs outset outside outsider outsiders outskirts outsourced outsourcing outspoken
outstanding outta outward outwardly outwards outweigh oval ovarian ovaries ovation oven ovens over overall
overalls overarching overboard overcame overcast overcome overcoming overcrowded overcrowding overdose
overdrive overdue overflow overflowing overgrown overhaul overhead overheard overheating overkill overland
overlap overlapping overlay overload overloaded overlook overlooked overlooking overlooks overlord overly
overnight overpowered overpowering overpriced overrated overreacting override overriding overruled overrun
overs oversaw overseas oversee overseeing overseen oversees overshadowed oversight oversized overt overtake
overtaken overtaking overthrow overthrown overtime overtly overtook overture overturn overturned overuse
overview overwatch overweight overwhelm overwhelmed overwhelming overwhelmingly overworked ovulation owed owen
owens owes owing owls owned owner owners ownership owning owns oxford oxfordshire oxidation oxidative oxide
oxygen oyster oysters ozil ozone ozzy pablo pace paced pacers paces pacific pacifist pacing pack package
packaged packages packaging packard packed packer packers packet packets packing packs paco pacquiao pact
padded padding paddington paddle paddock paddy padilla padre padres pads pagan page pageant pages paid paige
pain paine painful painfully painkillers painless pains paint paintball painted painter painters painting
paintings paints pair paired pairing pairings pairs paisley pajamas pakistan pakistani pakistanis palace
palaces paladin palatable palate palazzo pale paleo palermo palestine palestinian palestinians palette palin
palladium pallet palliative palm palmer palms palo palpable pals palsy pamela pamphlet pamphlets panama
panasonic pancake pancakes pancreas pancreatic panda pandas pandemic pandora pane panel panels pang panic
panicked panicking panned panorama panoramic pans pant pantheon panther panthers panties panting pantomime
pantry pants paolo papa papacy papal paparazzi paper paperback papers paperwork papi papua para parable
parachute parade parades paradigm paradise paradox paragon paragraph paragraphs paraguay parallel parallels
paralympic paralympics paralysis paralyzed paramedic paramedics parameter parameters paramilitary paramount
paranoia paranoid paranormal paraphrase parasite parasites parasitic parcel parcels parchment pardon pardoned
parent parental parentheses parenthood parenting parents paris parish parishes parishioners parisian parity
park parked parker parking parkinson parkland parks parkway parliament parliamentary parliaments parlor
parlour parma parmesan parochial parody parole parr parramatta parrish parrot parrots parry parse parsley
parsons part partake parted partial partially participant participants participate participated participates
participating participation participatory particle particles particular particularly particulars particulate
parties parting partisan partisans partition partitions partly partner partnered partnering partners
partnership partnerships parton partridge parts party partying pasadena pascal pasha paso pass passage
passages passed passenger passengers passer passes passing passion passionate passionately passions passive
passively passover passport passports password passwords past pasta paste pasted pastel pastime pastor
pastoral pastors pastries pastry pasture pastures patch patched patches patchwork patel patent patented
patents paternal paternity paterson path pathetic pathfinder pathogen pathogens pathological pathologist
pathology paths pathway pathways patience patient patiently patients patio patreon patriarch patriarchal
patriarchy patrice patricia patrick patriot patriotic patriotism patriots patrol patrolling patrols patron
patronage patrons pats patsy pattern patterned patterns patterson patti patton patty paul paula paulie pauline
paulo paulson pause paused pauses pausing pave paved pavel pavement pavilion paving pawn pawns paws paxton
payable payback paycheck payday payer payers paying payload payment payments payne payoff payout payouts
paypal payroll pays payton peabody peace peaceful peacefully peacekeeping peacetime peach peaches peacock peak
peaked peaking peaks peanut peanuts pear pearce pearl pearls pears pearson peas peasant peasants peat pebble
pebbles peck peculiar pedagogical pedagogy pedal pedals peddling pedestal pedestrian pedestrians pediatric
pediatrician pediatrics pedigree pedophile pedophiles pedophilia pedro peed peeing peek peel peeled peeling
peep peeps peer peering peers pegasus pegged peggy pegs peking pelican pelicans pell pellet pellets pelosi
pelvic pelvis pembroke penal penalized penalties penalty penance pence penchant pencil pencils pendant pending
pendleton pendulum penelope penetrate penetrated penetrating penetration peng penguin penguins penicillin
peninsula penis penises penitentiary penn penned pennies pennsylvania penny pens pensacola pension pensioners
pensions pentagon penthouse penultimate people peoples peoria pepe pepper peppermint pepperoni peppers pepsi
peptide peptides perceive perceived percent percentage percentages percentile perception perceptions
perceptive perch perched percussion percy perennial perez perfect perfected perfecting perfection perfectly
perforated perform performance performances performed performer performers performing performs perfume
perfumes perhaps peri peril perilous perils perimeter period periodic periodical periodically periodicals
periods peripheral periphery perish perished perjury perk perkins perks perm permanent permanently permian
permissible permission permissions permit permits permitted permitting peroxide perpendicular perpetrated
perpetrator perpetrators perpetual perpetually perpetuate perpetuated perpetuating perplexed perry persecuted
persecution perseverance persia persian persians persist persisted persistence persistent persistently
persists person persona personal personalised personalities personality personalized personally personnel
persons perspective perspectives persuade persuaded persuading persuasion persuasive pertaining pertains perth
pertinent peru peruvian pervasive perverse pervert perverted peshawar pesky peso pesos pessimistic pest
pesticide pesticides pests peta petal petals pete peter peterborough peters petersburg petersen peterson petit
petite petition petitioned petitions petra petri petrified petrol petroleum pets petting petty peugeot peyton
pfizer phantom pharaoh pharma pharmaceutical pharmaceuticals pharmacies pharmacist pharmacists pharmacology
pharmacy pharrell phase phased phases phasing pheasant phelps phenomena phenomenal phenomenon phenotype phew
phil philadelphia philanthropic philanthropist philanthropy philharmonic philip philippe philippine
philippines philips phillies phillip phillips philly philosopher philosophers philosophical philosophies
philosophy phnom phobia phoebe phoenix phone phoned phones phonetic phony phosphate phosphorus phosphorylation
photo photograph photographed photographer photographers photographic photographing photographs photography
photon photons photos photoshop photoshopped photosynthesis photovoltaic phrase phrases phrasing phuket
phyllis physical physically physician physicians physicist physicists physics physiological physiology
physique pianist piano pianos piazza picard picasso piccadilly piccolo pick picked picker pickering picket
picking pickle pickled pickles picks pickup pickups picky picnic pico pics pictorial picture pictured pictures
picturesque piece pieces pied piedmont pier pierce pierced piercing piercings piero pierre piers pierson pies
pietro piety pigeon pigeons piggy pigment pigments pigs pikachu pike pilates pile piled piles pilgrim
pilgrimage pilgrims piling pill pillar pillars pillow pillows pills pilot piloted piloting pilots pimp pinball
pinch pinched pinching pine pineapple pines ping pink pinky pinnacle pinned pinning pinot pinpoint pins pint
pinterest pinto pints pioneer pioneered pioneering pioneers pious pipe pipeline pipelines piper pipes piping
piracy pirate pirates pisa piss pissed pisses pissing pistol pistols piston pistons pita pitbull pitch pitched
pitcher pitchers pitches pitchfork pitching pitfalls pitiful pits pitt pitted pitting pittsburgh pity pius
pivot pivotal pixar pixel pixels pixie pizza pizzas place placebo placed placement placements placenta places
placid placing plagiarism plague plagued plagues plaid plain plainly plains plaintiff plaintiffs plan planar
planck plane planes planet planetary planets plank planks plankton planned planner planners planning plans
plant plantation plantations planted planter planters planting plants plaque plaques plasma plaster plastered
plastic plastics plat plate plateau plated plates platform platforms plating platinum plato platonic platoon
platt platter plausible play playa playable playback playbook playboy played player players playful playground
playgrounds playhouse playin playing playlist playlists playoff playoffs plays playstation playtime playwright
plaza plea plead pleaded pleading pleads pleas pleasant pleasantly please pleased pleases pleasing pleasurable
pleasure pleasures pledge pledged pledges pledging pleistocene plenary plentiful plenty plethora plight plot
plots plotted plotting plough plow ploy pluck plucked plug plugged plugging plugin plugins plugs plum plumber
plumbers plumbing plume plump plunder plunge plunged plunging plural plurality plus plush pluto plutonium
plymouth plywood pneumatic pneumonia poached poaching pocket pockets podcast podcasts podium pods poem poems
poet poetic poetry poets pogba poignant point pointe pointed pointer pointers pointing pointless points pointy
poise poised poison poisoned poisoning poisonous poisons poke poked pokemon poker poking poland polar polaris
polarity polarization polarized pole poles police policeman policemen policies policing policy policymakers
polio polish polished polishing polite politely political politically politician politicians politico politics
polk polka poll pollard polled pollen pollination polling pollock polls pollutants polluted polluting
pollution polly polo poly polyester polygamy polygon polymer polymers polynomial polytechnic pompeii pompey
pompous pond ponder pondering ponds pong ponies pont pontiac pony ponytail poodle pooh pool poole pooled pools
poop pooping poor poorer poorest poorly popcorn pope popes poplar popped popping poppy pops populace popular
popularity popularly populated population populations populism populist populous porcelain porch pore pores
pork porn pornhub porno pornographic pornography porous porridge porsche port portable portage portal portals
porte ported porter portfolio portfolios portion portions portland portman porto portrait portraits portray
portrayal portrayed portraying portrays ports portsmouth portugal portuguese pose posed poseidon poses posh
posing position positional positioned positioning positions positive positively positives positivity posse
possess possessed possesses possessing possession possessions possessive possibilities possibility possible
possibly post postage postal postcard postcards postcode postdoctoral posted poster posterior posters
postgraduate posting postings postman postmaster postmodern postpartum postpone postponed postponement posts
postseason posture postwar potassium potato potatoes potency potent potential potentially potentials potion
potions potomac pots potter pottery potts potty potus pouch poultry pound pounded pounding pounds pour poured
pouring pours poverty powder powdered powders powell power powered powerful powerfully powerhouse powering
powerless powerpoint powers practical practically practice practiced practices practicing practise practised
practising practitioner practitioners prada pradesh pragmatic prague prairie praise praised praises praising
prank pranks prasad pratt pray prayed prayer prayers praying prays preach preached preacher preachers
preaching precarious precaution precautionary precautions preceded precedence precedent precedes preceding
precinct precincts precious precipitated precipitation precise precisely precision preclude precursor
precursors predator predators predatory predecessor predecessors predetermined predicament predicated predict
predictable predictably predicted predicting prediction predictions predictive predictor predicts predominant
predominantly preface prefect prefecture prefer preferable preferably preference preferences preferential
preferred preferring prefers prefix pregnancies pregnancy pregnant prehistoric prejudice prejudiced prejudices
preliminary prelude prem premature prematurely premier premiere premiered premieres premiers premiership
premise premises premium premiums prenatal prentice preoccupied preorder prep prepaid preparation preparations
preparatory prepare prepared preparedness prepares preparing preposterous prepping prequel prerequisite
prerogative pres presbyterian preschool prescott prescribe prescribed prescribing prescription prescriptions
preseason presence present presentation presentations presented presenter presenters presenting presently
presents preservation preserve preserved preserves preserving preside presided presidency president
presidential presidents presiding presley press pressed presses pressing pressure pressured pressures
pressuring pressurized prestige prestigious preston presumably presume presumed presumption pretend pretended
pretending pretends pretense pretentious pretext pretoria prettier prettiest pretty pretzel prevail prevailed
prevailing prevails prevalence prevalent prevent preventable preventative prevented preventing prevention
preventive prevents preview previews previous previously prey price priced priceless prices pricey pricing
prick prickly pricks pride priest priesthood priests prima primal primaries primarily primary primate primates
prime primed primer primetime primitive primo primordial prince princes princess princesses princeton
principal principally principals principle principled principles print printed printer printers printing
prints prior priorities prioritize priority priory priscilla prism prison prisoner prisoners prisons pristine
pritchard prius privacy private privately privatisation privatization privilege privileged privileges privy
prix prize prized prizes proactive prob probabilities probability probable probably probate probation probe
probes probing problem problematic problems proc procedural procedure procedures proceed proceeded proceeding
proceedings proceeds process processed processes processing procession processor processors proclaim
proclaimed proclaiming proclamation proctor procure procured procurement prod prodigy produce produced
producer producers produces producing product production productions productive productivity products prof
profanity professed profession professional professionalism professionally professionals professions professor
professors proficiency proficient profile profiled profiles profiling profit profitability profitable profits
profound profoundly profusely prog progeny progesterone prognosis program programmable programme programmed
programmer programmers programmes programming programs progress progressed progresses progressing progression
progressive progressively progressives prohibit prohibited prohibiting prohibition prohibits project projected
projectile projectiles projecting projection projections projector projects proletariat proliferation prolific
prolly prologue prolong prolonged prom promenade prometheus prominence prominent prominently promise promised
promises promising promo promos promote promoted promoter promoters promotes promoting promotion promotional
promotions prompt prompted prompting promptly prompts promulgated prone pronoun pronounce pronounced pronouns
pronunciation proof proofs prop propaganda propagate propagated propagation propane propel propelled propeller
propensity proper properly properties property prophecies prophecy prophet prophetic prophets proponent
proponents proportion proportional proportionate proportions proposal proposals propose proposed proposes
proposing proposition propositions propped proprietary proprietor props propulsion pros prose prosecute
prosecuted prosecuting prosecution prosecutions prosecutor prosecutors prospect prospective prospects
prospectus prosper prosperity prosperous prostate prosthetic prostitute prostitutes prostitution protagonist
protagonists protect protected protecting protection protections protective protector protectors protects
protein proteins protest protestant protestants protested protester protesters protesting protestors protests
proto protocol protocols proton protons prototype prototypes protracted protruding proud proudly prove proved
proven provenance provence proverb proverbial proverbs proves provide provided providence provider providers
provides providing province provinces provincial proving provision provisional provisions provocation
provocative provoke provoked provoking provost prowess proxies proximal proximity proxy prudence prudent
prudential pruning prussia prussian pryor psalm psalms pseudo pseudonym psych psyche psychedelic psychiatric
psychiatrist psychiatrists psychiatry psychic psycho psychoanalysis psychological psychologically psychologist
psychologists psychology psychopath psychosis psychotherapy psychotic ptsd puberty pubic public publication
publications publicist publicity publicized publicly publish published publisher publishers publishes
publishing pubs puck pudding puddle pueblo puerto puff puffs puffy puget puig puke pulitzer pull pulled
pulling pullman pulls pulmonary pulp pulpit pulse pulses puma pump pumped pumping pumpkin pumpkins pumps punch
punched punches punching punctuated punctuation puncture punctured pundit pundits pune punish punishable
punished punishing punishment punishments punitive punjab punjabi punk punks puns punt punter pupil pupils
puppet puppets puppies puppy pups purcell purchase purchased purchaser purchasers purchases purchasing purdue
pure purely purest purgatory purge purged purification purified purify puritan purity purple purported
purportedly purpose purposeful purposefully purposely purposes purse purses pursuant pursue pursued pursues
pursuing pursuit pursuits push pushed pushes pushing pushy puss pussies pussy putin putnam puts putt putting
puzzle puzzled puzzles puzzling pyongyang pyramid pyramids python qaeda qatar qing quack quad quadrant
quadratic quadruple quail quaint quake quaker qualcomm qualification qualifications qualified qualifier
qualifiers qualifies qualify qualifying qualitative qualities quality quantify quantitative quantities
quantity quantum quarantine quark quarrel quarries quarry quart quarter quarterback quarterbacks quarterfinals
quarterly quartermaster quarters quartet quartz quasi quay quebec queen queens queensland queer quell quentin
queries query quest question questionable questioned questioning questionnaire questionnaires questions quests
queue queues queuing quick quicker quickest quickly quid quiet quieter quietly quill quilt quincy quinn quinoa
quintessential quirk quirky quit quite quits quitting quiz quizzes quorum quot quota quotas quotation
quotations quote quoted quotes quoting quran rabbi rabbis rabbit rabbits rabble rabid rabies raccoon race
racecourse raced racer racers races racetrack rachael rachel racial racially racing racism racist racists rack
racked racket racking racks radar radcliffe radial radiance radiant radiating radiation radiator radical
radically radicals radio radioactive radiohead radiology radios radiotherapy radius rafa rafael raffle raft
rafters rage raged rages ragged raging rags rahman rahul raid raided raider raiders raiding raids rail railing
railings railroad railroads rails railway railways rain rainbow rainbows rained rainfall rainforest raining
rains rainwater rainy raise raised raises raisin raising raisins raja rajasthan rake raleigh rallied rallies
rally rallying ralph rama ramadan raman rambling rambo ramen ramifications ramirez rammed ramon ramona ramos
ramp rampage rampant ramps rams ramsay ramsey rana ranch rancher ranchers rancho rand randall randolph random
randomized randomly randy rang range ranged ranger rangers ranges ranging rani rank ranked rankin ranking
rankings ranks ransom rant ranting rants raoul rape raped rapes raphael rapid rapidly rapids raping rapist
rapists rapper rappers rapping rapport raps raptor raptors rapture rare rarely rarer rarest rarity rascal rash
rashid rasmussen raspberries raspberry ratchet rate rated rates rather ratification ratified rating ratings
ratio ration rational rationale rationality rationally rationing rations ratios rats rattle rattled rattling
raul ravaged rave raven ravens ravi ravine raving raymond rayon rays razor rcmp reach reached reaches reaching
react reacted reacting reaction reactionary reactions reactive reactor reactors reacts read readable reader
readers readership readily readiness reading readings reads ready reaffirmed reagan real realisation realise
realised realises realising realism realist realistic realistically realities reality realization realize
realized realizes realizing really realm realms realtor realty reap reaper reappear rear reared rearing
rearrange reason reasonable reasonably reasoned reasoning reasons reassurance reassure reassured reassuring
rebate rebates rebecca rebekah rebel rebellion rebellious rebels rebirth reboot reborn rebound rebounding
rebounds rebuild rebuilding rebuilt rebuke rebuttal recall recalled recalling recalls recap recapture receipt
receipts receive received receiver receivers receives receiving recent recently reception receptionist
receptions receptive receptor receptors recess recessed recession recharge recipe recipes recipient recipients
reciprocal reciprocity recital recite recited reciting reckless recklessly reckon reckoned reckoning reclaim
reclaimed reclaiming reclamation recognise recognised recognises recognising recognition recognizable
recognize recognized recognizes recognizing recoil recollection recollections recommend recommendation
recommendations recommended recommending recommends recon reconcile reconciled reconciliation reconnaissance
reconnect reconsider reconstruct reconstructed reconstruction record recorded recorder recorders recording
recordings records recount recounted recounts recoup recourse recover recovered recoveries recovering recovers
recovery recreate recreated recreating recreation recreational recruit recruited recruiter recruiters
recruiting recruitment recruits rectangle rectangular rectify rector recurrence recurrent recurring recycle
recycled recycling redacted redding reddish reddit reddy redeem redeemed redeemer redeeming redefine redefined
redemption redesign redesigned redevelopment redhead redirect redirected rediscovered redistribution redmond
redneck redo redress reds redskins reduce reduced reduces reducing reduction reductions redundancy redundant
redwood reece reed reeds reef reefs reel reelection reeling reels rees reese reeves refer referee referees
reference referenced references referencing referendum referral referrals referred referring refers refill
refine refined refinement refineries refinery refining reflect reflected reflecting reflection reflections
reflective reflector reflects reflex reflexes reflux reform reformation reformed reformer reformers reforming
reforms refrain refresh refreshed refreshing refreshments refrigerated refrigeration refrigerator refs refuge
refugee refugees refund refunded refunds refurbished refurbishment refusal refuse refused refuses refusing
refute refuted regain regained regaining regal regan regard regarded regarding regardless regards regency
regenerate regeneration regenerative regent regents reggae reggie regime regimen regiment regimental regiments
regimes regina reginald region regional regionally regions regis register registered registering registers
registrar registration registrations registry regression regret regrets regretted regretting regroup regular
regularity regularly regulars regulate regulated regulates regulating regulation regulations regulator
regulators regulatory rehab rehabilitate rehabilitation rehearsal rehearsals rehearsed rehearsing reich reid
reign reigned reigning reigns reilly reimburse reimbursed reimbursement rein reincarnation reindeer reinforce
reinforced reinforcement reinforcements reinforces reinforcing reinhardt reins reinstate reinstated
reinstatement reinvent reissue reiterate reiterated reject rejected rejecting rejection rejects rejoice rejoin
rejoined relapse relatable relate related relates relating relation relational relations relationship
relationships relative relatively relatives relativity relax relaxation relaxed relaxing relay relayed relays
release released releases releasing relegated relegation relentless relentlessly relevance relevant
reliability reliable reliably reliance reliant relic relics relied relief relies relieve relieved reliever
relieving religion religions religious religiously relinquish relinquished relish relive reload relocate
relocated relocating relocation reluctance reluctant reluctantly rely relying remade remain remainder remained
remaining remains remake remanded remark remarkable remarkably remarked remarks remarried remastered rematch
rembrandt remedial remediation remedies remedy remember remembered remembering remembers remembrance remind
reminded reminder reminders reminding reminds remington reminiscent remission remit remix remixes remnant
remnants remodeled remodeling remorse remote remotely removable removal remove removed remover removes
removing remuneration remy renaissance renal rename renamed renault render rendered rendering renders
rendezvous rendition rene renee renegade renew renewable renewables renewal renewed renewing reno renounce
renounced renovate renovated renovating renovation renovations renown renowned rent rental rentals rented
renters renting rents reopen reopened reopening reorganization reorganized repaid repair repaired repairing
repairs reparations repatriation repay repayment repeal repealed repealing repeat repeated repeatedly
repeating repeats repel repelled repent repentance repercussions repertoire repertory repetition repetitive
replace replaced replacement replacements replaces replacing replay replays replenish replica replicas
replicate replicated replicating replication replied replies reply replying repo report reported reportedly
reporter reporters reporting reports repository repost represent representation representations representative
representatives represented representing represents repressed repression repressive reprint reprinted reprints
reproduce reproduced reproducing reproduction reproductive reps reptile reptiles republic republican
republicans republics repulsed repulsive reputable reputation reputations reputed request requested requesting
requests requiem require required requirement requirements requires requiring requisite reread resale
rescheduled rescinded rescue rescued rescues rescuing research researched researcher researchers researches
researching resemblance resemble resembled resembles resembling resent resented resentment reservation
reservations reserve reserved reserves reservoir reservoirs reset resettlement reside resided residence
residences residency resident residential residents resides residing residual residue residues resign
resignation resigned resigning resigns resilience resilient resin resist resistance resistant resisted
resisting resistor resists resolute resolution resolutions resolve resolved resolves resolving resonance
resonant resonate resonates resort resorted resorting resorts resounding resource resourceful resources
respect respectable respected respectful respectfully respecting respective respectively respects respiration
respiratory respite respond responded respondent respondents responders responding responds response responses
responsibilities responsibility responsible responsibly responsive responsiveness rest restart restarted
restaurant restaurants rested resting restitution restless restoration restore restored restores restoring
restrain restrained restraining restraint restraints restrict restricted restricting restriction restrictions
restrictive restricts restroom restrooms restructure restructured restructuring rests result resultant
resulted resulting results resume resumed resumes resuming resumption resurgence resurrect resurrected
resurrection retail retailer retailers retailing retain retained retainer retaining retains retake retaliate
retaliation retard retarded retention rethink rethinking retina retinal retire retired retirees retirement
retires retiring retract retracted retreat retreated retreating retreats retribution retrieval retrieve
retrieved retriever retrieving retro retrograde retrospect retrospective return returned returning returns
reuben reunification reunion reunite reunited reusable reuse reused reuters revamp revamped reveal revealed
revealing reveals revel revelation revelations revenge revenue revenues revere revered reverence reverend
reversal reverse reversed reverses reversible reversing revert reverted review reviewed reviewer reviewers
reviewing reviews revise revised revising revision revisions revisit revisited revisiting revival revive
revived reviving revoke revoked revolt revolting revolution revolutionaries revolutionary revolutions revolve
revolved revolver revolves revolving revue reward rewarded rewarding rewards rewind reworked rewrite rewriting
rewritten reyes reynolds reza rhapsody rhea rhetoric rhetorical rhett rheumatoid rhine rhino rhinos rhode
rhodes rhodesia rhyme rhymes rhys rhythm rhythmic rhythms ribbon ribbons ribs rica rican ricardo rice rich
richard richards richardson richer riches richest richie richly richmond richness richter rick ricky rico
ridden riddle riddled riddles ride rider riders rides ridge ridges ridicule ridiculed ridiculous ridiculously
riding ridley rife riff riffs rifle rifles rift riga rigged rigging riggs right righteous righteousness
rightful rightfully rightly rights rigid rigidity rigor rigorous rigorously rigs rihanna riley rims ring
ringer ringing ringo rings ringtone rink rinse riot rioters rioting riots ripe ripley ripped ripper ripping
ripple ripples rips rise risen rises rising risk risked risking risks risky rita ritchie rite rites ritter
ritual rituals ritz rival rivalries rivalry rivals river rivera rivers riverside riveting riviera riyadh rizzo
roach road roadblock roadmap roads roadshow roadside roadway roadways roam roaming roanoke roar roared roaring
roast roasted roasting robb robbed robber robberies robbers robbery robbie robbing robbins robby robe robert
roberta roberto roberts robertson robes robin robins robinson robo robot robotic robotics robots robson robust
robyn rocco rochdale roche rochelle rochester rock rocked rockefeller rocker rockers rocket rockets rockford
rockies rockin rocking rocks rockstar rockville rockwell rocky roddy rode rodent rodents rodeo roderick
rodgers rodney rodrigo rodriguez rods roger rogers rogue rogues rohan rohit roland role roles rolex rolf roll
rolled roller rollercoaster rollers rollin rolling rollins rollout rolls roma roman romance romances romania
romanian romano romans romantic romantically rome romeo romero romney romo ronald ronaldo ronan rondo ronnie
ronny roof roofing roofs rooftop rooftops rook rookie rookies room roommate roommates rooms rooney roosevelt
roost rooster roosters root rooted rooting roots rope roper ropes rory rosa rosario rosary roscoe rose
rosemary rosen rosenberg rosenthal roses rosetta rosewood rosie ross rossi roster rosters roswell rosy rotary
rotate rotated rotates rotating rotation rotational rotations roth rotherham rothschild rotor rotten rotterdam
rotting rouge rough roughly roulette round roundabout rounded rounder rounding rounds roundtable roundup rouse
rousing rousseau rout route routed router routers routes routine routinely routines routing routledge roux
rover rovers roving rowan rowdy rowe rower rowing rowland rowley rowling rows roxy royal royale royals
royalties royalty royce rsvp rubbed rubber rubbing rubbish rubble ruben rubin rubio rubles rubs ruby rudd
rudder ruddy rude rudimentary rudolf rudolph rudy ruff rufus rugby rugged rugs ruin ruined ruining ruins ruiz
rule ruled ruler rulers rules ruling rulings rumble rumor rumored rumors rumour rumoured rumours rump runaway
rundown rune rung runner runners runnin running runoff runs runtime runway runways rupee rupees rupert rupture
ruptured rural ruse rush rushed rushes rushing russ russel russell russia russian russians russo rust rustic
rusty rutgers ruth rutherford ruthless rwanda ryan ryder saab saas saban sabbath saber sabha sabine sable
sabotage sabre sabres sabrina sachs sack sacked sacking sacks sacrament sacramento sacred sacrifice sacrificed
sacrifices sacrificial sacrificing saddam saddened saddest saddle sadie sadistic sadly sadness saeed safari
safe safeguard safeguarding safeguards safely safer safest safety saffron saga sagan sage sahara saharan sahib
said saigon sail sailed sailing sailor sailors sails saint saints sake sakura salaam salad salads salah salam
salaries salary salazar sale saleh salem sales salesman salford salient salim saline salisbury saliva salle
sally salman salmon salmonella salon salons saloon salsa salt salted salts saltwater salty salute salvador
salvage salvaged salvation salvatore salzburg sama samantha samaritan samba same sami samir sammy samoa sample
sampled sampler samples sampling sampson samson samsung samuel samuels samurai sana sanchez sanction
sanctioned sanctions sanctity sanctuary sand sandals sandbox sanders sanderson sandler sandman sandra sands
sandstone sandwich sandwiches sandy sane sanford sang sanitary sanitation sanity sanjay sank sans sanskrit
santa santana santander santiago santo santos sapphire sara sarah sarajevo sarasota saratoga sarcasm sarcastic
sargent sari sars sash sasha saskatchewan sass sassy sata satan satanic satellite satellites satin satire
satirical satisfaction satisfactory satisfied satisfies satisfy satisfying sato saturated saturation saturday
saturdays saturn sauce saucepan saucer sauces saudi saudis saul sauna saunders sausage sausages savage savages
savannah save saved saver saves saving savings savior saviour savor savory savoy savvy sawyer saxon saxons
saxophone sayin saying sayings says scaffold scaffolding scala scale scaled scales scaling scalp scam scammers
scams scan scandal scandalous scandals scandinavia scandinavian scanned scanner scanners scanning scans scant
scapegoat scar scarborough scarce scarcely scarcity scare scarecrow scared scares scarf scarier scariest
scaring scarlet scarlett scarred scarring scars scarves scary scatter scattered scattering scavenger scenario
scenarios scene scenery scenes scenic scent scented scents sceptical schedule scheduled schedules scheduling
schema schematic scheme schemes scheming schiff schiller schism schizophrenia schizophrenic schmidt schneider
schofield scholar scholarly scholars scholarship scholarships scholastic scholes school schoolboy schooled
schoolers schoolgirl schooling schools schoolteacher schooner schroeder schultz schulz schumacher schumer
schuster schwab schwartz schwarzenegger science sciences scientific scientifically scientist scientists
scientology scion scissors sclerosis scooby scoop scooped scoops scooter scooters scope scorched scorching
score scoreboard scored scoreless scorer scorers scores scoring scorn scorpio scorpion scorpions scot scotch
scotia scotland scots scotsman scott scottish scottsdale scotty scotus scourge scouring scout scouting scouts
scrabble scramble scrambled scrambling scranton scrap scrape scraped scraping scrapped scrapping scrappy
scraps scratch scratched scratches scratching scream screamed screaming screams screeching screen screened
screening screenings screenplay screens screenshot screenshots screenwriter screw screwdriver screwed screwing
screws scribe scrimmage script scripted scripting scripts scripture scriptures scroll scrolling scrolls scrub
scrubbed scrubbing scrubs scrum scrutiny scuba scully sculpted sculptor sculpture sculptures scum scumbag
seaboard seafood seagull seahawks seal sealed sealing seals seam seaman seamless seamlessly seams seamus sean
search searched searches searching sears seas seaside season seasonal seasonally seasoned seasoning seasons
seat seatbelt seated seater seating seats seattle seawater seaweed seaworld sebastian secession secluded
second secondary seconded secondhand secondly seconds secrecy secret secretariat secretaries secretary
secretion secretive secretly secrets secs sect sectarian section sectional sections sector sectors sects
secular secularism secure secured securely secures securing securities security sedan sedative sedentary
sediment sedimentary sediments sedition seduce seduced seduction seductive seed seeded seeding seedlings seeds
seeing seek seeker seekers seeking seeks seem seemed seeming seemingly seems seen seer sees sega segment
segmentation segmented segments segregated segregation seine seinfeld seismic seize seized seizing seizure
seizures seldom select selected selecting selection selections selective selectively selector selects selena
self selfie selfies selfish selfishness selfless sell seller sellers selling sells selma selves semantic
semantics semblance semen semester semesters semi semiconductor semifinal semifinals seminal seminar seminars
seminary semis semitic semitism senate senator senatorial senators send sender sending sends seneca senegal
senile senior seniority seniors sens sensation sensational sensations sense sensed sensei senseless senses
sensibilities sensibility sensible sensing sensitive sensitivity sensor sensors sensory sensual sent sentence
sentenced sentences sentencing sentient sentiment sentimental sentiments sentinel sentry seoul separate
separated separately separates separating separation separatist separatists sephora sepsis sept september
septic sequel sequels sequence sequences sequencing sequential sera serb serbia serbian serbs serena serene
serenity serge sergeant sergei sergey sergio serial serie series serious seriously seriousness sermon sermons
serotonin serpent serpentine serum servant servants serve served server servers serves service serviced
servicemen services servicing serving servings servitude sesame session sessions setback setbacks seth sets
setter setting settings settle settled settlement settlements settler settlers settles settling setup seung
seven sevens seventeen seventeenth seventh seventies seventy sever several severance severe severed severely
severity severn sevilla seville sewage seward sewer sewers sewing sewn sexes sexiest sexism sexist sexting
sexton sexual sexuality sexually sexy seymour shabby shack shackles shade shaded shades shading shadow shadows
shadowy shady shaft shafts shag shaggy shah shahid shake shaken shaker shakes shakespeare shaking shaky shale
shall shallow shalom shalt sham shaman shambles shame shamed shameful shameless shaming shampoo shan shane
shanghai shank shankar shannon shape shaped shapes shaping shapiro shaq shard shards share shared shareholder
shareholders shares sharia sharif sharing shark sharks sharma sharon sharp sharpe sharpen sharpened sharpening
sharper sharply sharpness shatter shattered shattering shaun shave shaved shaving shaw shawl shawn shay shea
shear sheath shed shedding sheds sheehan sheen sheep sheer sheeran sheesh sheet sheets sheffield sheik sheikh
sheila shelby sheldon shelf shell shelled shelley shellfish shelling shells shelly shelter sheltered shelters
shelton shelved shelves shen shenanigans shenzhen shepard shepherd shepherds sheppard sher sheridan sheriff
sheriffs sherlock sherman sherry sherwood sheryl shes shetland shhh shia shield shielded shielding shields
shift shifted shifter shifting shifts shilling shillings shimmer shin shine shines shingle shingles shining
shinji shiny ship shipbuilding shipment shipments shipped shipper shippers shipping ships shipwreck shipyard
shire shirley shirt shirtless shirts shit shite shits shitting shitty shiv shiva shiver shivering shock
shocked shocker shocking shockingly shocks shoddy shoe shoemaker shoes shone shook shoot shooter shooters
shooting shootings shootout shoots shop shoplifting shopped shopper shoppers shopping shops shore shoreline
shores short shortage shortages shortcomings shortcut shortcuts shorten shortened shortening shorter shortest
shortfall shorthand shortlist shortlisted shortly shorts shortstop shorty shot shotgun shotguns shots should
shoulda shoulder shoulders shouldnt shout shouted shouting shouts shove shoved shovel shoving show showbiz
showcase showcased showcases showcasing showdown showed shower showered showering showers showing shown
showroom shows showtime shrapnel shred shredded shredding shreds shrek shrewd shrewsbury shri shrimp shrine
shrines shrink shrinking shrinks shropshire shroud shrouded shrub shrubs shrug shrugged shrugs shrunk shudder
shuffle shuffled shuffling shui shun shunned shut shutdown shutout shuts shutter shutters shutting shuttle
siam siberia siberian sibling siblings sichuan sicilian sicily sick sickening sickle sickly sickness side
sidebar sided sidekick sideline sidelined sidelines sides sidewalk sidewalks sideways siding sidney siege
siegel siegfried siemens sierra sieve sift sigh sighed sighs sight sighted sighting sightings sights
sightseeing sigma sign signage signal signaled signaling signalling signals signatories signature signatures
signed significance significant significantly signifies signify signing signings signs signup sikh sikhs silas
silence silenced silencing silent silently silhouette silica silicon silicone silk silky sill silly silo silva
silver silverman silverware silvery silvio simeon similar similarities similarity similarly simmer simmons
simms simon simone simons simple simpler simplest simplicity simplification simplified simplify simplifying
simplistic simply simpson simpsons sims simulate simulated simulating simulation simulations simulator
simultaneous simultaneously sinai sinatra since sincere sincerely sincerity sinclair sindh sine sinful sing
singapore singer singers singh singing single singled singles singleton sings singular singularity sinister
sink sinking sinks sinn sinned sinner sinners sino sins sinus sion sioux sipping sips sire siren sirens siri
sirius sissy sister sisters sitcom site sites sits sitter sittin sitting situ situated situation situational
situations sixers sixteen sixteenth sixth sixties sixty sizable size sizeable sized sizes sizing sizzling
skate skateboard skateboarding skater skaters skates skating skeletal skeleton skeletons skeptical skepticism
skeptics sketch sketches sketching sketchy skew skewed skid skier skiers skies skiing skill skilled skillet
skillful skills skim skimming skin skincare skinned skinner skinny skins skip skipped skipper skipping skips
skirmish skirt skirts skis skit skull skulls skunk skydiving skye skyline skype skyscraper skyscrapers
skywalker slab slabs slack slade slag slain slalom slam slammed slamming slams slander slang slant slap
slapped slapping slaps slash slashed slashing slate slated slater slaughter slaughtered slaughtering slave
slavery slaves slavic slay slayer slaying sleazy sled sledge sleek sleep sleeper sleepers sleeping sleepless
sleeps sleepy sleeve sleeves sleigh slender slept slew slice sliced slices slicing slick slid slide slider
sliders slides sliding slight slightest slightly slim slime slimy sling slip slipped slipper slippers slippery
slipping slips slit sliver sloan sloane slogan slogans slope slopes sloping sloppy slot sloth slots slotted
slough slovak slovakia slovenia slow slowdown slowed slower slowest slowing slowly slows sludge slug sluggish
slugs slum slumber slump slumped slums slur slurs slush slut sluts slutty smack smackdown smacked smacking
smacks small smaller smallest smallpox smart smarter smartest smartphone smartphones smartwatch smash smashed
smashes smashing smear smeared smell smelled smelling smells smelly smelt smes smile smiled smiles smiley
smiling smirk smith smiths smithsonian smitten smog smoke smoked smoker smokers smokes smokey smoking smoky
smooth smoother smoothie smoothies smoothing smoothly smothered smug smuggle smuggled smugglers smuggling
smurf smyth snack snacks snag snail snails snake snakes snap snapchat snapped snapper snapping snappy snaps
snapshot snapshots snare snatch snatched snatching sneak sneaker sneakers sneaking sneaks sneaky sneeze
sneezing snickers sniff sniffing snipe sniper snipers snippet snippets snitch snooker snoop snooping snooze
snoring snort snout snow snowball snowboard snowboarding snowden snowfall snowflake snowflakes snowing snowman
snowy snuck snuff snug snuggle snyder soak soaked soaking soap soaps soar soared soaring sobbing sober
sobriety sobs soccer sochi social socialism socialist socialists socialization socialize socially societal
societies society socio socioeconomic sociological sociologist sociology sociopath sock socket sockets socks
socrates soda sodium sofa sofia soft softball soften softened softening softer softly softness software soggy
soho soil soils solace solar sold solder soldier soldiers sole soleil solely solemn solemnly soles solicit
solicitation soliciting solicitor solicitors solid solidarity solidified solidify solidly solids solitaire
solitary solitude solo soloist solomon solos solstice soluble solution solutions solve solved solvent solvents
solves solving soma somali somalia somber some somebody someday somehow someone someones someplace somerset
somerville somethin something somethings sometime sometimes somewhat somewhere sonar sonata song songs
songwriter songwriters songwriting sonia sonic sonny sonoma sons sony sonya soon sooner sooo soooo sooooo soot
soothe soothing sophia sophie sophisticated sophistication sophomore soprano sopranos sora sorcerer sorcery
sordid sore sorely soreness sores sorority soros sorrow sorrows sorry sort sorta sorted sorting sorts soto
sought soul soulful souls sound soundcloud sounded sounding sounds soundtrack soundtracks soup soups sour
source sourced sources sourcing sous south southampton southbound southeast southeastern southend southern
southerners southport southward southwark southwest southwestern souvenir souvenirs sovereign sovereignty
soviet soviets sowing soybean soybeans space spacecraft spaced spaces spaceship spacex spacing spacious spade
spades spaghetti spain spam spamming span spaniard spaniards spanish spank spanking spanned spanning spans
spar spare spared spares sparing sparingly spark sparked sparking sparkle sparkling sparkly sparks sparring
sparrow sparse sparsely sparta spartan spartans spasms spat spatial spawn spawned spawning speak speaker
speakers speaking speaks spear spearheaded spears spec special specialised specialises specialising specialist
specialists speciality specialization specialize specialized specializes specializing specially specials
specialties specialty species specific specifically specification specifications specificity specifics
specified specifies specify specifying specimen specimens speck specs spectacle spectacles spectacular
spectacularly spectator spectators specter spectra spectral spectre spectroscopy spectrum speculate speculated
speculating speculation speculative sped speech speeches speechless speed speeding speeds speedway speedy
spell spelled spelling spells spelt spence spencer spend spending spends spent sperm spewing sphere spheres
spherical sphinx spice spiced spicer spices spicy spider spiderman spiders spied spiegel spielberg spies spike
spiked spikes spill spilled spilling spills spin spinach spinal spindle spine spines spinner spinners spinning
spinoff spins spiral spire spirit spirited spirits spiritual spirituality spiritually spit spite spits
spitting splash splashed splashing spleen splendid splendor splinter split splits splitting spock spoil
spoiled spoiler spoilers spoiling spoils spoilt spokane spoke spoken spokesman spokesperson spokeswoman sponge
spongebob sponges sponsor sponsored sponsoring sponsors sponsorship spontaneous spontaneously spoof spooked
spooky spoon spoons sporadic spore spores sport sporting sports sportsman sportsmanship sportsmen sporty spot
spotify spotless spotlight spots spotted spotting spouse spouses spout sprained sprang sprawl sprawling spray
sprayed spraying sprays spread spreading spreads spreadsheet spree spring springboard springer springfield
springs springsteen springtime sprinkle sprinkled sprinkler sprint sprinter sprinting sprints sprite sprout
sprouts spruce sprung spun spur spurred spurs spying squad squadron squadrons squads square squared squarely
squares squash squashed squat squats squatting squeaky squeeze squeezed squeezing squid squire squirrel
squirrels squirt squishy stab stabbed stabbing stability stabilization stabilize stabilized stabilizing stable
stables stabs stacey stack stacked stacking stacks stacy stadium stadiums staff staffed staffer staffers
staffing stafford staffordshire staffs stag stage staged stages staggered staggering staging stagnant
stagnation stain stained staining stainless stains stair staircase stairs stairway stake staked stakeholder
stakeholders stakes stale stalemate stalin stalk stalked stalker stalking stalks stall stalled stalling
stallion stalls stamford stamina stamp stamped stampede stamping stamps stan stance stances stand standalone
standard standardization standardized standards standby standing standings standoff standout standpoint stands
standstill stanford stanley stanton stanza staple staples star starboard starbucks starch stardom stardust
stare stared stares starfish stargate staring stark starlight starling starr starred starring starry stars
starship start started starter starters starting startled startling starts startup startups starvation starve
starved starving stash stasis stat state stated statehood stately statement statements staten states statesman
statewide static stating station stationary stationed stationery stations statistic statistical statistically
statistics stats statue statues stature status statute statutes statutory staunch stave stay stayed staying
stays stead steadfast steadily steady steak steaks steal stealing steals stealth steam steamboat steamed
steamer steaming steamship steamy steel steele steelers steep steeped steer steered steering stefan stefano
stein steinberg steiner stella stellar stem stemmed stemming stems stench step stepfather steph stephan
stephanie stephen stephens stephenson stepmother stepped stepping steps stereo stereotype stereotypes
stereotypical sterile sterilization sterling stern steroid steroids steve steven stevens stevenson stevie stew
steward stewards stewardship stewart stick sticker stickers sticking sticks sticky stiff stiffness stifle
stigma stiles still stillness stills stimulant stimulate stimulated stimulates stimulating stimulation stimuli
stimulus sting stinging stings stingy stink stinking stinks stinky stint stipend stipulated stir stirling
stirred stirring stirs stitch stitched stitches stitching stochastic stock stocked stockholders stockholm
stocking stockings stockpile stocks stockton stoic stoke stoked stokes stole stolen stomach stomachs stomp
stomping stone stoned stoner stones stonewall stony stood stool stools stoop stop stoppage stopped stopper
stopping stops storage store stored stores storey storied stories storing storm stormed storming storms stormy
story storyline storylines storyteller storytelling stout stove stoves stow straight straighten straightened
straightforward strain strained straining strains strait straits strand stranded strands strange strangely
stranger strangers strangest strangle strangled strap strapped straps strasbourg strata strategic
strategically strategies strategist strategy stratford stratton strauss straw strawberries strawberry straws
stray streak streaks stream streamed streamer streamers streaming streamline streamlined streams streep street
streetcar streets strength strengthen strengthened strengthening strengthens strengths strenuous stress
stressed stresses stressful stressing stretch stretched stretcher stretches stretching strewn stricken
strickland strict stricter strictly stride strides strife strike strikeouts striker strikers strikes striking
strikingly string stringent stringer strings strip stripe striped stripes stripped stripper strippers
stripping strips strive strives striving stroke strokes stroking stroll stroller strolling strong stronger
strongest stronghold strongly struck structural structurally structure structured structures structuring
struggle struggled struggles struggling strung strut stuart stub stubborn stubbs stuck stud studded student
students studied studies studio studios studs study studying stuff stuffed stuffing stuffs stuffy stumble
stumbled stumbles stumbling stump stumps stun stung stunned stunning stunt stunts stupid stupidest stupidity
stupidly sturdy sturgeon sturridge stuttering stuttgart style styled styles styling stylish stylist stylistic
stylized stylus suarez subaru subbed subclass subcommittee subconscious subculture subdivided subdivision
subdivisions subdue subdued subgroup subject subjected subjective subjects sublime submarine submarines
submerged submission submissions submissive submit submits submitted submitting subordinate subordinates
subpoena subs subscribe subscribed subscriber subscribers subscribing subscription subscriptions subsection
subsequent subsequently subset subsided subsidiaries subsidiary subsidies subsidized subsidy subsistence
substance substances substantial substantially substantive substitute substituted substitutes substituting
substitution substitutions substrate substrates subterranean subtitle subtitles subtle subtlety subtly
subtract subunit suburb suburban suburbs subversion subversive subway succeed succeeded succeeding succeeds
success successes successful successfully succession successive successively successor successors succulent
succumb succumbed such suck sucked sucker suckers sucking sucks suction sudan sudanese sudden suddenly sued
suede sues suez suffer suffered sufferers suffering suffers suffice sufficiency sufficient sufficiently suffix
suffocating suffolk suffrage sugar sugars sugary suggest suggested suggesting suggestion suggestions
suggestive suggests suicidal suicide suicides suing suisse suit suitability suitable suitably suitcase
suitcases suite suited suites suitor suitors suits sulfate sulfur sullivan sully sulphur sultan sultry sumatra
summaries summarize summarized summarizes summary summed summer summers summertime summit summits summon
summoned summoning summons sumner sumo sumptuous sums sundance sunday sundays sunderland sunflower sung
sunglasses sunk sunken sunlight sunni sunny sunrise suns sunscreen sunset sunsets sunshine super
superannuation superb superbly superbowl supercar superficial superfluous supergirl superhero superheroes
superhuman superintendent superior superiority superiors superman supermarket supermarkets supermodel
supernatural supernova superpower superpowers superseded supersonic superstar superstars superstition
superstitious supervise supervised supervising supervision supervisor supervisors supervisory supper
supplement supplemental supplementary supplemented supplements supplied supplier suppliers supplies supply
supplying support supported supporter supporters supporting supportive supports suppose supposed supposedly
supposing suppress suppressed suppressing suppression supra supremacist supremacy supreme supremely supt
surcharge sure surely surf surface surfaced surfaces surfer surfers surfing surge surged surgeon surgeons
surgeries surgery surges surgical surgically surging surname surpass surpassed surpasses surpassing surplus
surprise surprised surprises surprising surprisingly surreal surrender surrendered surrendering surrey
surrogate surround surrounded surrounding surroundings surrounds surveillance survey surveyed surveying
surveyor surveyors surveys survival survive survived survives surviving survivor survivors susan susanna
susceptibility susceptible sushi susie suspect suspected suspects suspend suspended suspending suspense
suspension suspensions suspicion suspicions suspicious suspiciously sussex sustain sustainability sustainable
sustained sustaining sustenance sutherland sutter sutton suture suvs suzanne suzuki suzy sven swag swagger
swain swallow swallowed swallowing swallows swam swami swamp swamped swamps swan swann swans swansea swanson
swap swapped swapping swaps swarm swarming swat sway swayed swaying swear swearing swears sweat sweater
sweaters sweating sweats sweatshirt sweaty swede sweden swedes swedish sweeney sweep sweeping sweeps
sweepstakes sweet sweetened sweeter sweetest sweetheart sweetie sweetly sweetness sweets swell swelled
swelling swells swept swift swiftly swim swimmer swimmers swimming swims swimsuit swimwear swindon swine swing
swinging swings swipe swirl swirling swiss switch switched switches switching switzerland swivel swollen swoop
sword swords swore sworn swung sxsw sydney syed sykes syllable syllables syllabus sylvester sylvia symbol
symbolic symbolism symbolize symbolizes symbols symmetric symmetrical symmetry sympathetic sympathies
sympathize sympathy symphony symposium symptom symptomatic symptoms synagogue synaptic sync synchronization
synchronized synchronous syndicate syndicated syndrome synergy synod synonym synonymous synonyms synopsis
syntax synth synthesis synthesized synthetic syphilis syracuse syria syrian syrians syringe syrup system
systematic systematically systemic systems tabernacle table tables tablespoon tablespoons tablet tabletop
tablets tabloid taboo tabs tack tackle tackled tackles tackling tacky taco tacoma tacos tact tactic tactical
tactics tactile taft tagged tagging tagline tags tahiti tahoe tail tailed tailgate tailor tailored tailoring
tails taint tainted taipei tait taiwan taiwanese tajikistan take takeaway takedown taken takeoff takeover
taker takers takes takin taking talbot tale talent talented talents tales taliban talisman talk talked talkin
talking talks tall tallahassee taller tallest tally tamara tame tamed tamil tammy tampa tampering tampons
tanaka tandem tang tangent tangible tangle tangled tango tania tank tanker tankers tanks tanned tanner tanning
tantrum tantrums tanya tanzania tape taped taper tapered tapering tapes tapestry taping tapped tapping taps
tara tarantino tardis target targeted targeting targets tariff tariffs tariq tarmac tarot tarp tart tarts
tarzan taser task tasked tasks tasmania tasmanian taste tasted tasteful tasteless tastes tasting tasty tata
tate tatiana tattoo tattooed tattoos tatum taught taunting taurus tavern taxable taxation taxed taxes taxi
taxing taxis taxonomy taxpayer taxpayers taylor tbsp teach teacher teachers teaches teaching teachings teal
team teamed teaming teammate teammates teams teamwork tear tearful tearing tears teas tease teased teaser
teasing teaspoon tech technical technically technician technicians technique techniques techno technological
technologically technologies technology tectonic teddy tedious teen teenage teenager teenagers teens teeny
tees teeth tehran tele telecast telecom telecommunication telecommunications telegram telegraph telemetry
telephone telephones telescope telescopes televised television televisions tell teller tellin telling tells
telly telugu temp tempe temper temperament temperance temperate temperature temperatures tempered tempest
templar template templates temple temples templeton tempo temporal temporarily temporary temps tempt
temptation temptations tempted tempting tenacious tenacity tenancy tenant tenants tend tended tendencies
tendency tender tendered tenderness tenders tending tendon tendons tends tenet tenets tenn tennant tennessee
tennis tenor tens tense tension tensions tensor tent tentacles tentative tentatively tenth tents tenuous
tenure tequila terence teresa teri term termed terminal terminally terminals terminate terminated terminates
terminating termination terminator terminology terminus terms terra terrace terraced terraces terrain terre
terrell terrence terrestrial terri terrible terribly terrier terrific terrified terrifying territorial
territories territory terror terrorism terrorist terrorists terry tertiary tesco tesla tess tessa test
testament tested tester testers testicles testified testifies testify testifying testimonial testimonies
testimony testing testosterone tests texan texans texas text textbook textbooks texted textile textiles
texting texts textual texture textured textures thai thailand thames than thank thanked thankful thankfully
thanking thanks thanksgiving thankyou that thatcher thats thaw thea theater theaters theatre theatres
theatrical thee theft their theirs thelma them thematic theme themed themes themselves then thence theo
theodore theologian theologians theological theology theorem theoretical theoretically theories theorist
theorists theory ther therapeutic therapeutics therapies therapist therapists therapy there thereafter thereby
therefore therein thereof theres theresa thermal thermodynamics thermometer thermostat these theses thesis
theta they theyre thiago thick thicker thickness thief thier thierry thieves thigh thighs thin thine thing
things thingy think thinker thinkers thinkin thinking thinks thinly thinner thinning third thirdly thirds
thirst thirsty thirteen thirteenth thirties thirty this thistle thom thomas thompson thomson thong thor
thoracic thorn thorne thorns thornton thorough thoroughbred thoroughly thorpe those thou though thought
thoughtful thoughts thousand thousands thrash thrashing thread threaded threads threat threaten threatened
threatening threatens threats three threes threesome threshold thresholds threw thrice thrift thrill thrilled
thriller thrilling thrills thrive thrived thrives thriving throat throats throbbing throne thrones throttle
through throughout throughput throw throwback throwing thrown throws thru thrust thug thugs thumb thumbnail
thumbs thumping thunder thunderbolt thunderstorm thunderstorms thursday thursdays thurston thus thwart
thwarted thyme thyroid tian tiara tibet tibetan tick ticked ticker ticket ticketing tickets ticking tickle
tickled ticks tidal tide tides tidy tied tier tiered tiers ties tiff tiffany tiger tigers tight tighten
tightened tightening tighter tightly tights tijuana tiki tile tiled tiles till tilt tilted tilting timber
timberlake timbers time timed timeframe timeless timeline timelines timely timeout timer timers times
timetable timid timing timmy timor timothy tina tinder ting tinged tingling tiniest tinker tins tint tinted
tiny tipped tipping tips tire tired tireless tirelessly tires tiresome tiring tissue tissues titan titanic
titanium titans title titled titles tito tits titties titty titus toad toast toasted toaster tobacco tobago
tobias tobin toby today todays todd toddler toddlers toes tofu together toggle togo toil toilet toilets token
tokens tokyo told toledo tolerable tolerance tolerant tolerate tolerated tolkien toll tolls tolstoy tomas
tomato tomatoes tomb tombs tombstone tome tomlinson tommy tomography tomorrow toms tonal tone toned toner
tones tong tonga tongue tongues toni tonic tonight tonne tonnes tons tony took tool toolbox toolkit tools toon
toot tooth toothbrush toothed toothpaste topeka topic topical topics topless topographic topography topology
topped topper topping toppings tops torah torch torches tore tori tories torment tormented torn tornado
tornadoes toro toronto torpedo torpedoes torque torrance torrent torres torso tort tortilla tortoise torture
tortured torturing tory toshiba toss tossed tossing total totaled totaling totalitarian totality totalling
totally totals tote totem toto tots tottenham touch touchdown touchdowns touched touches touching touchscreen
touchy tough tougher toughest toughness toulon toulouse tour toured touring tourism tourist tourists
tournament tournaments tourney tours tout touted toward towards towed towel towels tower towering towers
towing town townhouse towns townsend township townships townsville toxic toxicity toxicology toxin toxins
toying toyota toys trace traced tracer traces tracey tracing track tracked tracker trackers tracking tracks
tract traction tractor tractors tracts tracy trade traded trademark trademarks trader traders trades trading
tradition traditional traditionally traditions trafalgar traffic trafficked traffickers trafficking trafford
tragedies tragedy tragic tragically trail trailed trailer trailers trailing trails train trained trainee
trainees trainer trainers training trains trait traitor traitors traits trajectory tram tramp trampled
trampoline trams tran trance tranny tranquil tranquility trans transaction transactions transatlantic
transcend transcendental transcends transcribed transcript transcription transcripts transfer transferable
transferred transferring transfers transform transformation transformational transformations transformative
transformed transformer transformers transforming transforms transfusion transgender transient transistor
transistors transit transition transitional transitioned transitioning transitions translate translated
translates translating translation translational translations translator translators translucent transmission
transmissions transmit transmits transmitted transmitter transmitters transmitting transnational transparency
transparent transpired transplant transplantation transplanted transplants transponder transport
transportation transported transporter transporting transports transsexual transverse trap trapped trapping
traps trash trashed trashy trauma traumatic traumatized travel traveled traveler travelers traveling travelled
traveller travellers travelling travels travers traverse travesty travis tray trays treacherous treachery
tread treadmill treason treasure treasured treasurer treasures treasury treat treated treaties treating
treatise treatment treatments treats treaty treble tree trees trek trekking tremble trembling tremendous
tremendously tremor tremors trench trenches trend trending trends trendy trent trenton tres trespass
trespassing trevor trey triad trial trials triangle triangles triangular triathlon tribal tribe tribes
tribunal tribunals tribune tributaries tributary tribute tributes trick tricked tricking trickle tricks tricky
trident tried tries trigger triggered triggering triggers trillion trillions trilogy trim trimester trimmed
trimming trinidad trinity trio trip triple tripled triplets tripod tripoli tripped tripping trips tris trish
tristan triumph triumphant triumphs trivia trivial trojan trojans troll trolley trolling trolls tron troop
trooper troopers troops trope tropes trophies trophy tropical tropics trot trouble troubled troubles
troublesome troubling trough troupe trousers trout trove troy truce truck trucking trucks trudeau true truffle
truly truman trump trumpet trumpets trumps truncated trunk trunks truss trust trusted trustee trustees
trusting trusts trustworthy trusty truth truthful truthfully truths tryin trying tsar tsunami tube
tuberculosis tubes tubing tubs tubular tuck tucked tucker tucson tudor tuesday tuesdays tuff tufts tuition
tulip tully tulsa tumble tumbled tumbling tumblr tummy tumor tumors tumour tumours tumultuous tuna tundra tune
tuned tunes tung tungsten tunic tuning tunis tunisia tunisian tunnel tunnels tupac turbine turbines turbo
turbulence turbulent turd turf turin turing turk turkey turkeys turkish turks turmoil turn turnaround turnbull
turned turner turning turnout turnover turnovers turnpike turns turquoise turret turrets turtle turtles tuscan
tuscany tutor tutorial tutorials tutoring tutors tutu tuxedo twain twas twat tweak tweaked tweaking tweaks
tweed tweet tweeted tweeting tweets twelfth twelve twenties twentieth twenty twice twig twigs twilight twin
twinkle twins twist twisted twister twisting twists twitch twitching twitter tycoon tying tyler tyne type
typed types typewriter typhoon typical typically typing typo typography typos tyranny tyrant tyrants tyre
tyres tyrion tyrone tyson uber ubiquitous ubuntu ucla uconn uefa uganda ugandan ugliest ugliness ugly uhhh
ukip ukraine ukrainian ukrainians ukulele ulcer ulcers ulrich ulster ultimate ultimately ultimatum ultra
ultrasonic ultrasound ultraviolet ultron ulysses umar umbilical umbrella umbrellas ummm umpire umpires unable
unacceptable unaccompanied unaffected unanimous unanimously unannounced unanswered unarmed unattended
unattractive unauthorised unauthorized unavailable unavoidable unaware unbalanced unbearable unbeatable
unbeaten unbelievable unbelievably unbiased unborn unbreakable unbroken uncanny uncensored uncertain
uncertainties uncertainty unchanged uncharted unchecked uncle unclean unclear uncles uncomfortable
uncomfortably uncommon uncompromising unconditional unconditionally unconfirmed unconscious unconsciously
unconstitutional uncontrollable uncontrollably uncontrolled unconventional uncover uncovered uncovering uncut
undated undead undecided undefeated undefined undeniable undeniably under underage undercover undercut
underdeveloped underdog underestimate underestimated undergo undergoes undergoing undergone undergraduate
undergraduates underground underline underlined underlying undermine undermined undermines undermining
underneath underrated underside understand understandable understandably understanding understands understated
understatement understood undertake undertaken undertaker undertaking undertook underwater underway underwear
underwent underwood underworld underwriting undesirable undetected undeveloped undisclosed undiscovered
undisputed undisturbed undivided undo undocumented undoing undone undoubtedly undue unduly unearthed uneasy
uneducated unemployed unemployment unequal unequivocally unesco unethical uneven unexpected unexpectedly
unexplained unfair unfairly unfaithful unfamiliar unfavorable unfinished unfit unfold unfolded unfolding
unfolds unforeseen unforgettable unforgivable unfortunate unfortunately unfounded unfriendly ungrateful
unhappiness unhappy unharmed unhealthy unheard unhelpful unhinged unholy unicef unicorn unicorns unidentified
unification unified uniform uniformed uniformity uniformly uniforms unify unifying unilateral unilaterally
unimaginable unimportant unincorporated uninformed uninhabited uninsured unintended unintentional
unintentionally uninterested uninterrupted union unionist unionists unions unique uniquely uniqueness unisex
unison unit unitary unite united unites uniting units unity univ universal universally universe universes
universities university unix unjust unjustified unkind unknowingly unknown unlawful unlawfully unleash
unleashed unless unlicensed unlike unlikely unlimited unload unloaded unloading unlock unlocked unlocking
unlucky unmanned unmarked unmarried unmatched unmistakable unnamed unnatural unnecessarily unnecessary
unnoticed unofficial unorthodox unpack unpaid unparalleled unplanned unpleasant unplugged unpopular
unprecedented unpredictable unprepared unproductive unprofessional unprotected unpublished unqualified
unquestionably unravel unreal unrealistic unreasonable unregistered unregulated unrelated unreleased
unreliable unresolved unresponsive unrest unrestricted unruly unsafe unsatisfactory unsatisfied unscathed
unscrupulous unsecured unseen unsettled unsettling unsigned unskilled unsolicited unsolved unspeakable
unspecified unspoken unstable unstoppable unsubscribe unsuccessful unsuccessfully unsuitable unsupported
unsure unsurprisingly unsuspecting unsustainable untenable unthinkable until untimely untitled unto untold
untouchable untouched untrained untreated untrue unused unusual unusually unveil unveiled unveiling unveils
unwanted unwarranted unwavering unwelcome unwell unwilling unwillingness unwind unwise unwittingly unworthy
unwritten upbeat upbringing upcoming update updated updates updating upfront upgrade upgraded upgrades
upgrading upheaval upheld uphill uphold upholding upkeep upland uplift uplifting upload uploaded uploading
uploads upon upped upper upright uprising uproar upscale upset upsets upsetting upside upstairs upstate
upstream uptake upto upton uptown upward upwards uranium uranus urban urbana urbanization urdu urge urged
urgency urgent urgently urges urging urinary urine ursula uruguay usability usable usaf usage usda used useful
usefulness useless user username users uses usgs usher ushered using usps ussr usual usually utah utensils
uterine uterus utica utilised utilitarian utilities utility utilization utilize utilized utilizes utilizing
utmost utopia utopian utrecht uttar utter uttered utterly uzbekistan vacancies vacancy vacant vacate vacated
vacation vacations vaccinated vaccination vaccinations vaccine vaccines vacuum vader vagina vaginal vague
vaguely vail vain vale valencia valentina valentine valentines valentino valerie valet valiant valid validate
validated validation validity valkyrie valley valleys valor valuable valuables valuation valuations value
valued values valuing valve valves vampire vampires vance vancouver vandalism vanderbilt vane vanessa vanguard
vanilla vanish vanished vanishes vanishing vanity vans vantage vape vaping vapor vapour vargas variability
variable variables variance variant variants variation variations varied varies varieties variety various
variously varnish varsity vary varying vascular vase vases vast vastly vatican vaughan vaughn vault vaulted
vaults vauxhall veal vector vectors vedic veer vega vegan vegans vegas vegetable vegetables vegetarian
vegetarians vegetation veggie veggies vehemently vehicle vehicles vehicular veil veiled vein veins velocity
velvet vendetta vending vendor vendors veneer venerable venetian venezuela venezuelan vengeance vengeful
venice venom venomous vent ventilation venting ventral vents ventura venture ventured ventures venturing venue
venues venus vera verb verbal verbally verbatim verbs verde verdict verge verification verified verify
verifying veritable verizon verlag vermont vernacular vernon verona veronica versa versace versailles
versatile versatility verse versed verses version versions versus vert vertebrae vertex vertical vertically
vertigo very vessel vessels vest vested vests veteran veterans veterinarian veterinary veto vetoed vets vetted
vettel vetting viability viable viagra vial vials vibe vibes vibrant vibrate vibrating vibration vibrations
vibrator vicar vice vicente viceroy vices vicinity vicious vick vickers vicki vicky victim victimized victims
victor victoria victorian victories victorious victors victory vida vidal video videogames videos videotape
vids vienna viet vietnam vietnamese view viewed viewer viewers viewership viewing viewpoint viewpoints views
vigil vigilance vigilant vigilante vigor vigorous vigorously viii vijay viking vikings vikram viktor vile
villa village villagers villages villain villains villas ville villiers vimeo vince vincent vinci vindicated
vindictive vine vinegar vines vineyard vineyards vinny vintage vinyl viola violate violated violates violating
violation violations violence violent violently violet violin violinist viper viral virgil virgin virginia
virginity virgins virgo virtual virtually virtue virtues virtuous virus viruses visa visas visceral viscosity
viscount visibility visible visibly vision visionary visions visit visitation visited visiting visitor
visitors visits visor vista visual visualization visualize visually visuals vita vital vitality vitamin
vitamins vito vitro viva vivian vivid vividly vivo vlad vladimir vocabulary vocal vocalist vocals vocation
vocational vodafone vodka vogel vogue voice voiced voicemail voiceover voices voicing void volatile volatility
volcanic volcano volcanoes voldemort volkswagen volley volleyball vols volt volta voltage voltaire volts
volume volumes voluntarily voluntary volunteer volunteered volunteering volunteers volvo vomit vomiting voodoo
vortex voss vote voted voter voters votes voting vouch voucher vouchers vous vowed vowel vowels vows voyage
voyager voyages vuitton vulcan vulgar vulnerabilities vulnerability vulnerable vulture vultures wacky waco
wade wading wafer waffle waffles wage waged wager wages waging wagner wagon wagons wailing wainwright waist
wait waited waiter waiters waitin waiting waitress waits waive waived waiver waivers wake wakefield wakes
waking walcott walden waldo waldorf wales walgreens walk walked walker walkers walkin walking walks walkway
wall wallace walled waller wallet wallets wallis wallpaper wallpapers walls wally walmart walnut walnuts
walrus walsh walt walter walters walton waltz wand wanda wander wandered wanderer wanderers wandering wanders
wang waning wanna wannabe want wanted wanting wants warcraft ward warden wardrobe wards ware warehouse
warehouses wares warfare warhead warheads warhol warlock warlord warm warmed warmer warmest warming warmly
warms warmth warn warned warner warning warnings warns warp warped warrant warranted warrants warranty warren
warring warrington warrior warriors wars warsaw warship warships wartime warts warwick warwickshire wary wash
washed washer washes washing washington wasnt wasp wasps waste wasted wasteful wasteland wastes wastewater
wasting watch watchdog watched watcher watchers watches watchful watching watchman water watercolor watered
waterfall waterfalls waterford waterfront watergate waterhouse watering waterloo watermelon waterproof waters
watershed waterway waterways watery watford watkins watson watt watts wave waved wavelength wavelengths waves
waving wavy waxed waxing wayne ways wayside wayward weak weaken weakened weakening weakens weaker weakest
weakly weakness weaknesses wealth wealthier wealthiest wealthy weapon weaponry weapons wear wearable wearer
wearing wears weary weasel weather weathered weave weaver weavers weaving webb webber webcam weber webinar
webpage webs website websites webster wedding weddings wedge wedges wednesday wednesdays weed weeds week
weekday weekdays weekend weekends weekly weeks weep weeping weibo weigh weighed weighing weighs weight
weighted weighting weightlifting weights weiner weinstein weir weird weirder weirdest weirdly weirdo weiss
welch welcome welcomed welcomes welcoming weld welded welding welfare well wellbeing weller welles wellington
wellness wells welp welsh wembley wendell wendy wenger went wentworth wept were werewolf werewolves werner
wesley wesleyan west westbound westbrook westchester westerly western westerners westfield westminster weston
westside westward westwood wetland wetlands whack whale whales whaling wharf wharton what whatever whatnot
whats whatsapp whatsoever wheat wheaton wheel wheelchair wheeled wheeler wheeling wheels when whence whenever
where whereabouts whereas whereby wherein whereupon wherever whether whew whey which whichever whiff whig
while whilst whim whimsical whine whining whip whiplash whipped whipping whips whirlpool whirlwind whisk
whiskers whiskey whisky whisper whispered whispering whispers whistle whistleblower whistler whistles
whistling whit whitaker white whitehall whitehead whitehouse whiteness whites whiting whitish whitman whitney
whittaker whoa whoever whole wholeheartedly wholesale wholesalers wholesome wholly whom whomever whoop
whooping whoops whopping whore whores whos whose whyte wichita wick wicked wicker wicket wickets wickham wide
widely widen widened widening wider widespread widest widow widowed widower widows width wield wielding wiener
wife wifi wigan wiggins wiggle wight wigs wiki wikileaks wikipedia wilbur wilcox wild wildcard wildcat
wildcats wilde wilder wilderness wildest wildfire wildfires wildlife wildly wiley wilfred wilhelm wilkes
wilkins wilkinson will willard willed willful willfully william williams williamsburg williamson willie
willing willingly willingness willis willoughby willow willows willpower wills willy wilmington wilson wilt
wilton wiltshire wimbledon winch winchester wind winding windmill window windows winds windshield windsor
windy wine winery wines winfrey wing winged winger wingers wings wink winn winner winners winnie winning
winnings winnipeg wins winslow winston winter winters winthrop wipe wiped wipes wiping wire wired wireless
wires wiring wisconsin wisdom wise wisely wiser wish wished wishes wishful wishing wishlist witch witchcraft
witches with withdraw withdrawal withdrawals withdrawing withdrawn withdraws withdrew wither withers withheld
withhold withholding within without withstand witness witnessed witnesses witnessing wits witty wives wizard
wizards wnba woah wobble wobbly woes woke woken wolf wolfe wolff wolfgang wolverhampton wolverine wolves woman
womb women womens wonder wondered wonderful wonderfully wondering wonderland wonders wondrous wong wont wood
wooded wooden woodland woodlands woodley woodrow woods woodstock woodward woodwork woodworking woody woof wool
woolf woolly worcester worcestershire word worded wording wordpress words wore work workable worked worker
workers workflow workforce workin working workings workload workmanship workout workouts workplace workplaces
works workshop workshops workstation world worldly worlds worldview worldwide worm worms worn worried worries
worry worrying worse worsen worsened worsening worship worshipped worshippers worshipping worst worth
worthington worthless worthwhile worthy would woulda wouldnt wound wounded wounding wounds woven wraith wrap
wrapped wrapper wrapping wraps wrath wreath wreck wreckage wrecked wrecking wrecks wren wrench wrenching
wrestle wrestled wrestlemania wrestler wrestlers wrestling wretched wrexham wright wrinkle wrinkled wrinkles
wrist wrists writ write writer writers writes writing writings written wrong wrongdoing wronged wrongful
wrongfully wrongly wrongs wrote wrought wwii wyatt wynn wynne wyoming xanax xander xavier xbox xenophobia
xenophobic xerox xiao xiaomi xiii xinjiang xmas yacht yachts yadav yahoo yakuza yale yall yamaha yang yangon
yank yanked yankee yankees yanks yard yards yarn yates yawn yawning yaya yeah year yearbook yearly yearning
years yeast yell yelled yelling yellow yellowish yellowstone yells yelp yemen yemeni yeon yesterday yeti
yiddish yield yielded yielding yields yikes ying ymca yoda yoga yoghurt yogi yogurt yoke yoko yokohama yolk
yong yoon york yorker yorkers yorkshire yoruba yosemite youll young younger youngest youngster youngsters your
youre yours yourself yourselves youth youthful youths youtube youtuber youtubers youve yuan yuck yugoslav
yugoslavia yuki yukon yummy yung yuri yusuf yves yvette yvonne zach zachary zack zambia zane zara zeal zealand
zealous zebra zeke zelda zenith zeppelin zero zeros zest zeta zeus zhang zhao zhou zimbabwe zimmer zimmerman
zinc zion zionism zionist zipper zodiac zoey zombie zombies zone zoned zones zoning zoological zoology zoom
zoos zuckerberg zulu zuma zurich
    """.split()
)
