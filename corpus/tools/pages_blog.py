"""Articles for the `blog-` family (Gatehouse Notes). Original text.

Each page: article fields + `gold` (areas, primary_area, providers,
must_contain, must_not_contain). Title/date/kind are filled in by build.py.
"""

PAGES = [
dict(
    file="blog-tr-consultation-questions.html", post_id=1412,
    slug="transforming-rehabilitation-the-questions-the-consultation-leaves-open",
    title="Transforming Rehabilitation: the questions the consultation leaves open",
    date="2013-01-21", time="07:45", author="Martin Hale", og=False,
    cats=["Probation"], tags=["Transforming Rehabilitation", "payment by results", "probation trusts"],
    standfirst="The plan to contract out most probation work is easy to summarise and much harder to deliver. Five questions the consultation does not answer.",
    body="""<p>The Ministry of Justice published <em>Transforming Rehabilitation: a revolution in the way we manage offenders</em> on 9 January, and the consultation runs until 22 February. Its central proposal is simple to state: most probation work with low and medium risk offenders would be put out to competition, with providers paid at least partly by results, while a new national public sector service keeps the cases that pose a high risk of serious harm.</p>
<p>The paper also promises something probation staff have argued for for years. Prisoners serving less than twelve months, who currently walk out of the gate with a discharge grant and no statutory supervision at all, would be supervised for a year after release. Few people would argue against closing that gap. The difficulty is everything around it.</p>
<h2>Five questions</h2>
<p>First, how will risk be managed when it changes? A man assessed as medium risk in March can be high risk by May. Under the proposals his case would have to move between two organisations at exactly the moment when continuity matters most.</p>
<p>Second, what will payment by results actually reward? The pilot at HMP Peterborough, a prison run by Sodexo where a social impact bond pays for support to short-sentence men, and the one at HMP Doncaster, where part of Serco\u2019s payment depends on reoffending, are still running. Neither has produced the final figures that would tell us whether the model works. Building a national system on results that are not in yet is a gamble.</p>
<p>Third, who will bid? The large outsourcing companies are the obvious candidates, and many voluntary organisations will want to join them as subcontractors. Smaller charities worry, reasonably, that they will carry the risk while the prime contractors keep the margin.</p>
<p>Fourth, what happens to the 35 probation trusts? The consultation is oddly quiet about the people who do the work now, many of whom have spent a decade absorbing one restructure after another.</p>
<p>Fifth, how will anyone know if it is working? Contracts of this size need independent inspection with teeth, and published performance data that the public can read without a freedom of information request.</p>
<h2>What I will be watching</h2>
<p>The timetable is ambitious: the department wants the new arrangements in place by 2015. I will be reading the responses from the Probation Association, Napo and the voluntary sector as they come in, and I will post a summary before the consultation closes.</p>""",
    comments=[
        ("Julie, probation officer, Lincolnshire", "2013-01-23 21:12", "The risk escalation point worries me more than anything else in the paper. We move cases between teams now and things get lost even inside one trust."),
        ("Gatehouse reader", "2013-02-25 10:03", "For anyone following this, several trusts have now published their own consultation responses on their websites."),
    ],
    gold=dict(
        areas=["Cambridgeshire", "South Yorkshire"], primary_area=None,
        providers=["Sodexo Justice Services", "Serco"],
        must_contain=["a revolution in the way we manage offenders", "walk out of the gate with a discharge grant",
                      "Building a national system on results that are not in yet is a gamble",
                      "what happens to the 35 probation trusts?"],
        must_not_contain=["probation officer, Lincolnshire", "Never miss a post", "Unit 4, Ouseburn Works"],
    ),
),
dict(
    file="blog-ora-lancashire.html", post_id=2187,
    slug="twelve-months-for-everyone-the-offender-rehabilitation-act-arrives-in-lancashire",
    title="Twelve months for everyone: the Offender Rehabilitation Act arrives in Lancashire",
    date="2015-03-09", time="08:10", author="Martin Hale", og=False,
    cats=["Probation"], tags=["ORA 2014", "Through the Gate", "short sentences"],
    standfirst="Short-sentence prisoners now get a year of supervision after release. A morning with a resettlement team shows what that means in practice.",
    body="""<p>On 1 February two things happened at once. Cumbria and Lancashire CRC passed into the ownership of Sodexo Justice Services, working with Nacro, and the Offender Rehabilitation Act 2014 began to apply to everyone sentenced for an offence committed on or after that date. The second change gets less attention than the first, but for the men leaving HMP Preston on short sentences it is the one that will shape their year.</p>
<p>Until now, an adult serving less than twelve months left custody with no statutory supervision. Under the Act, anyone released from a sentence of more than a day gets a licence period followed by post-sentence supervision, so that the total time under supervision after release is twelve months. Breach of post-sentence supervision is dealt with by magistrates rather than by recall, and the sanctions range from a fine or unpaid work to, in the end, a short committal to custody.</p>
<h2>What it looks like in practice</h2>
<p>I spent a morning with a resettlement team working in the prison. Their caseload has already changed shape. Men who would have walked out with a discharge grant and a list of hostels now have a named contact from the CRC who will meet them on release, and an appointment at a probation office in Blackpool, Burnley or Blackburn within days.</p>
<p>Staff were candid that the numbers worry them. Short-sentence prisoners are disproportionately homeless, and many have long histories of drug and alcohol use. One worker told me she had three men due out in the same week with nowhere to sleep. The Through the Gate service is meant to start work twelve weeks before release, but in a local prison many men arrive with only a few weeks left to serve.</p>
<h2>The division of labour</h2>
<p>Responsibility is now split. The National Probation Service prepares court reports and supervises those assessed as high risk of serious harm; the CRC supervises everyone else. Both sides told me the handovers are working better than they feared, though one senior probation officer described the referral process as \u201csix forms where there used to be one conversation\u201d.</p>
<p>The honest position is that nobody knows yet whether extending supervision to this group will reduce reoffending or simply increase the number of people fined or sent back to court for missing appointments. Proven reoffending data for people released under the new rules will not be published until 2017 at the earliest. Until then, the best measure we have is whether people leaving prison have somewhere to go on the first night.</p>""",
    comments=[
        ("Ex-PO, Manchester", "2015-03-10 19:41", "Give it six months. Once the redundancy programme starts the named contact will be covering three prisons."),
        ("Martin Hale", "2015-04-02 12:20", "A follow-up visit is planned for the autumn. I will report back."),
    ],
    gold=dict(
        areas=["Lancashire", "Cumbria"], primary_area="Lancashire",
        providers=["Cumbria and Lancashire CRC", "Sodexo Justice Services", "Nacro", "National Probation Service"],
        must_contain=["six forms where there used to be one conversation",
                      "whether people leaving prison have somewhere to go on the first night",
                      "a named contact from the CRC who will meet them on release",
                      "Breach of post-sentence supervision is dealt with by magistrates"],
        must_not_contain=["Ex-PO, Manchester", "the named contact will be covering three prisons", "Gatehouse Notes is supported by Phoenix Futures"],
    ),
),
dict(
    file="blog-spice-on-the-landings.html", post_id=2954,
    slug="spice-on-the-landings-why-nps-have-changed-prison-life",
    title="Spice on the landings: why NPS have changed prison life",
    date="2016-05-10", time="06:55", author="Martin Hale", og=False,
    cats=["Prisons", "Drugs & alcohol"], tags=["spice", "NPS", "synthetic cannabinoids", "drug testing"],
    standfirst="Synthetic cannabinoids have spread through the prison estate faster than any drug before them. The new law will change little inside.",
    body="""<p>Five years ago hardly anyone working in a prison had heard of synthetic cannabinoids. Today they are the first thing officers mention. The substances usually grouped as NPS, new psychoactive substances, were sold openly in high-street head shops until recently, and the blanket ban in the Psychoactive Substances Act 2016 finally comes into force later this month. Inside prisons, where they have been contraband all along, the law changes very little.</p>
<h2>Why prisons?</h2>
<p>Three features explain the spread. The drugs did not show up in standard mandatory drug tests, so users could avoid the consequences of a positive result. They are cheap to buy outside and fetch many times the price inside. And they can be sprayed onto paper, including letters and legal documents, which makes them very hard to detect.</p>
<p>The effects are not subtle. Staff at HMP Hewell and HMP Altcourse have described men collapsing on the landings, seizures, psychotic episodes and sudden violence. Ambulance call-outs have risen sharply. Debt follows use: a man who cannot pay for his spice may be assaulted, or his family outside may be threatened.</p>
<h2>What is being done</h2>
<p>NOMS has said that tests for the most common synthetic cannabinoids will be added to the random testing programme, and more dogs are being trained to detect them. G4S, which runs Altcourse, has stepped up searching and the screening of incoming mail. Both help at the margins, and the tests at least mean that NPS use will finally show up in the figures. RAPt, which runs drug treatment programmes in a number of prisons, has long argued that detection without treatment simply moves the problem around.</p>
<p>What they cannot do is change the conditions that make a prison receptive to a drug offering a few hours of oblivion. Long periods locked in cells with nothing to do, staff shortages that cancel education and workshops, and the loss of experienced officers all create demand. The most effective intervention I have seen was not technological at all: a wing where prisoners were out of their cells for most of the working day, and where drug use fell because there was something else to do.</p>
<h2>Health, not just security</h2>
<p>Healthcare teams need to be part of the answer. NPS-related emergencies are unpredictable because nobody knows exactly which compound is in circulation from one week to the next, and the people most at risk are often those with existing mental health problems. Treating every collapse as a security incident first and a medical emergency second is the wrong way round.</p>""",
    comments=[
        ("Officer, HMP Durham", "2016-05-11 22:48", "Ours is the same. Half the ambulance runs on nights are spice and nobody outside believes the numbers."),
        ("Hannah R", "2016-06-03 09:15", "Worth adding that the Act is now in force, since 26 May. The head shop near me closed the week before."),
    ],
    gold=dict(
        areas=["West Mercia", "Merseyside"], primary_area=None,
        providers=["National Offender Management Service", "G4S", "The Forward Trust"],
        must_contain=["sprayed onto paper, including letters and legal documents",
                      "The substances usually grouped as NPS, new psychoactive substances",
                      "a wing where prisoners were out of their cells for most of the working day",
                      "Ambulance call-outs have risen sharply"],
        must_not_contain=["Officer, HMP Durham", "Half the ambulance runs on nights are spice", "Join 4,180 readers"],
    ),
),
dict(
    # DATE TRAP: no <time>, no article:published_time, no JSON-LD. The date is
    # only in the canonical URL path (/2017/06/29/...). Comments are later.
    file="blog-south-yorkshire-crc-two-years-on.html", post_id=3871,
    slug="south-yorkshire-crc-two-years-on-hubs-kiosks-and-caseloads",
    title="South Yorkshire CRC two years on: hubs, kiosks and caseloads",
    date="2017-06-29", time="07:30", author="Martin Hale", og=False, show_date=False,
    cats=["Probation"], tags=["CRCs", "Sodexo", "caseloads"],
    standfirst="Sodexo\u2019s operating model promised a different kind of supervision. Two years in, how much of it has survived?",
    body="""<p>When Sodexo Justice Services took over South Yorkshire CRC in February 2015, along with five other community rehabilitation companies, it set out an operating model meant to change how supervision worked. Staff numbers would fall, some contact would move to self-service kiosks and group sessions, and the money saved would pay for better case management systems. Two years later it is worth asking how much of that has survived contact with Sheffield, Doncaster, Rotherham and Barnsley.</p>
<h2>The hub model</h2>
<p>Supervision is now concentrated in a smaller number of hubs. People on probation in outlying towns travel further for appointments, and staff told me that missed appointments rose where bus routes did not match reporting times. The CRC responded by adding outreach sessions in community venues, which is sensible, but it is exactly the sort of thing the original model assumed could be cut.</p>
<h2>Caseloads</h2>
<p>The redundancy programme announced in 2015 reduced the workforce faster than caseloads fell. Responsible officers described holding 70 or more cases, with the lowest-risk people seen infrequently. The kiosk experiment, which drew more press coverage than it deserved, turned out to be a small part of the picture: the bigger change was the quiet growth of telephone contact.</p>
<h2>What is going well</h2>
<p>Not everything is bleak. The partnership with Nacro has brought specialist housing advice, and staff spoke warmly about a women\u2019s group in Doncaster that meets in a community centre rather than a probation office. Unpaid work teams are busy and, by most accounts, well organised.</p>
<h2>The contract problem</h2>
<p>Underneath it all sits a payment formula tied to volumes of work that never materialised, because courts handed down fewer community orders than the Ministry of Justice forecast. Every CRC owner has been caught by this, and the Ministry has already had to revisit the payment terms. It would be unfair to lay every problem of the service in South Yorkshire at Sodexo\u2019s door.</p>
<p>The National Probation Service, which holds the high-risk cases and advises the courts, has its own pressures, including a shortage of qualified officers. But the two organisations share buildings in several places, and staff on both sides told me the relationship at team level is better than the relationship between their head offices.</p>""",
    comments=[
        ("Rotherham PSO", "2017-07-02 21:14", "The bus point is spot on. Half my no-shows are people who physically cannot get here for a nine o\u2019clock appointment."),
        ("Martin Hale", "2017-07-04 09:02", "Several readers have written in about outreach, so I have added a line about the sessions in community venues."),
        ("Northumbria CRC staff member", "2017-08-19 17:37", "Same owner, same model, same problems up here."),
    ],
    gold=dict(
        areas=["South Yorkshire"], primary_area="South Yorkshire",
        providers=["Sodexo Justice Services", "South Yorkshire CRC", "Nacro", "National Probation Service"],
        must_contain=["how much of that has survived contact with Sheffield, Doncaster, Rotherham and Barnsley",
                      "the quiet growth of telephone contact",
                      "a women\u2019s group in Doncaster that meets in a community centre",
                      "courts handed down fewer community orders than the Ministry of Justice forecast"],
        must_not_contain=["Rotherham PSO", "Same owner, same model, same problems up here", "Never miss a post"],
    ),
),
dict(
    file="blog-womens-centres-after-the-strategy.html", post_id=4420,
    slug="after-the-female-offender-strategy-can-womens-centres-hold-the-line",
    title="After the Female Offender Strategy: can women\u2019s centres hold the line?",
    date="2018-07-10", time="09:00", author="Martin Hale", og=True,
    cats=["Women and justice"], tags=["Female Offender Strategy", "women's centres", "short sentences"],
    standfirst="The strategy says the right things about short sentences for women. Whether centres survive long enough to benefit is another matter.",
    body="""<p>The Female Offender Strategy, published by the Ministry of Justice on 27 June, has been welcomed almost everywhere, and with reason. It commits the government to fewer short custodial sentences for women, to a pilot of residential women\u2019s centres, and to more community provision. It also comes with a two-year pot of \u00a35 million for community services, which is not a great deal when spread across England and Wales.</p>
<p>I spent last week visiting services in Leeds and Bradford to ask what that will mean on the ground. Together Women, which has run centres in West Yorkshire for more than a decade, works with women referred by probation, by the police at the point of arrest, and by themselves. Staff described a caseload dominated by debt, domestic abuse, mental ill-health and the fear of losing children into care.</p>
<h2>What the research says</h2>
<p>The evidence base is stronger than for most interventions. A small study by researchers at Sheffield Hallam University followed women through a centre-based programme and found better engagement than in standard supervision, and other work has pointed to lower reoffending among women who attend centres. None of it is conclusive, but it all points the same way as the Corston report did in 2007.</p>
<h2>The custody question</h2>
<p>Women leaving HMP New Hall, near Wakefield, are often released to the same problems that brought them in. A short sentence can cost a woman her tenancy and her children\u2019s school place while doing nothing about the reasons she offended. The strategy accepts this: its stated aim is that fewer women serve short sentences at all.</p>
<h2>Where I am sceptical</h2>
<p>The five residential centres have no sites and no budget yet. Meanwhile existing centres rely on short-term grants and on contracts with CRCs whose own finances are stretched. Women in Prison, a campaigning voice on these issues for decades, has warned that some centres could close before the new money arrives.</p>
<p>I hope I am wrong. But women\u2019s centres have been here before: praised in 2007, funded for a while, then left to fend for themselves. If the strategy is to be more than words, the funding has to last longer than two years.</p>""",
    comments=[
        ("Sue, volunteer in Hull", "2018-07-12 19:40", "Our centre has had three different funders in four years. Every change costs us a month of paperwork."),
        ("Probation manager", "2018-08-01 08:15", "Good piece. The point about tenancies is the one sentencers most often miss."),
    ],
    gold=dict(
        areas=["West Yorkshire"], primary_area="West Yorkshire",
        providers=["Together Women", "Women in Prison"],
        must_contain=["a two-year pot of \u00a35 million for community services",
                      "praised in 2007, funded for a while, then left to fend for themselves",
                      "Women leaving HMP New Hall, near Wakefield",
                      "A small study by researchers at Sheffield Hallam University"],
        must_not_contain=["Sue, volunteer in Hull", "three different funders in four years", "Unit 4, Ouseburn Works"],
    ),
),
dict(
    file="blog-hmp-birmingham-limits-of-outsourcing.html", post_id=4512,
    slug="hmp-birmingham-and-the-limits-of-outsourcing",
    title="HMP Birmingham and the limits of outsourcing",
    date="2018-08-22", time="07:15", updated="2018-08-24", author="Martin Hale", og=True,
    cats=["Prisons"], tags=["HMP Birmingham", "G4S", "private prisons", "urgent notification"],
    standfirst="The Ministry of Justice has taken a private prison back into public hands for the first time. Step-in fixes the crisis; it does not settle the argument.",
    body="""<p>On 20 August the Ministry of Justice did something it had never done before: it used the step-in provisions of a private prison contract to take operational control of HMP Birmingham away from G4S. A governor from the public sector has moved in with around thirty extra staff, and 300 prisoners are being moved elsewhere to relieve the pressure. The company keeps the contract on paper and has agreed to meet the costs of the intervention.</p>
<h2>How it came to this</h2>
<p>Birmingham, the old Winson Green prison, was the first existing public prison to be handed to a private operator when G4S took over in 2011. For a few years it attracted little attention. Then in December 2016 disorder spread across several wings and took most of a day to bring under control. Inspectors returned this summer and found conditions bad enough to trigger an urgent notification to the Justice Secretary, a procedure introduced only last year.</p>
<p>What they described was a prison in which violence and drug use had become routine and staff had lost control of parts of the jail. Those details have been widely reported and I will not repeat them all here.</p>
<h2>The wider question</h2>
<p>Step-in answers the immediate crisis but not the policy question. Private companies run fourteen prisons in England and Wales, with G4S, Serco and Sodexo Justice Services the main operators, and performance varies as widely as it does in the public estate. HMP Oakwood in Staffordshire, also run by G4S, has had far better reports than Birmingham. Ownership is not the whole story; staffing, leadership and the state of the buildings matter at least as much.</p>
<p>What outsourcing does change is accountability. When a public prison fails, the line of responsibility runs to HM Prison and Probation Service and to ministers. When a private prison fails, ministers can say the contractor has not delivered, and the contractor can say it has met the terms of the contract. Birmingham suggests neither answer satisfies anyone once things have gone badly wrong.</p>
<p>The step-in is initially for six months. The test will be whether the public sector can stabilise the prison quickly, and what happens to the contract afterwards.</p>""",
    comments=[
        ("Former officer, HMP Lowdham Grange", "2018-08-23 07:30", "Having worked for Serco I can tell you the contract reads very differently from the landing."),
        ("Martin Hale", "2018-08-24 16:05", "Correction made above: the count of privately run prisons was wrong in the first version."),
    ],
    gold=dict(
        areas=["West Midlands", "Staffordshire"], primary_area="West Midlands",
        providers=["G4S", "Serco", "Sodexo Justice Services", "HM Prison and Probation Service"],
        must_contain=["used the step-in provisions of a private prison contract",
                      "the old Winson Green prison", "Ownership is not the whole story",
                      "a procedure introduced only last year"],
        must_not_contain=["Former officer, HMP Lowdham Grange", "the contract reads very differently from the landing",
                          "Serco, HMP Thameside and the staffing question"],
    ),
),
dict(
    file="blog-approved-premises-night-shift.html", post_id=5033,
    slug="what-a-night-shift-in-an-approved-premises-is-really-like",
    title="What a night shift in an approved premises is really like",
    date="2019-02-12", time="08:00", author="Guest author", og=True,
    author_bio="This post was written by a residential worker in an approved premises who asked not to be named. Gatehouse Notes publishes guest posts from practitioners every month.",
    cats=["Probation"], tags=["approved premises", "guest post", "public protection"],
    standfirst="A residential worker describes the hours between curfew and breakfast in a probation hostel.",
    body="""<p>I have worked nights in an approved premises in Nottingham for six years. For readers who have never been inside one, an approved premises, or AP, is a hostel run or funded by the National Probation Service for people who need close supervision in the community, most of them recently released from long prison sentences. Residents have a curfew, sign in at set times and follow house rules. Staff are there around the clock.</p>
<p>Reading the handover notes is the first job of every shift. They tell me who is unsettled, who has had bad news, who came back late and who is due in front of a parole panel next week. Then I walk the building, check the doors and the CCTV, and make sure everyone who should be in is in.</p>
<h2>Most nights</h2>
<p>Most nights are quiet in a way outsiders would not expect. A resident who cannot sleep the night before his first job interview. A man in his sixties who went into prison before smartphones existed and wants help with a bus timetable app. Someone who has just heard that his mother is ill and is not allowed to visit her without permission from his offender manager. A lot of the work is listening.</p>
<p>Some nights are not quiet. A curfew breach has to be reported straight away, and if it is serious the resident may be recalled to prison before morning. I have sat with men while the police arrived to take them back. It is the part of the job that never gets easier, even when the decision is plainly right.</p>
<h2>What the public misunderstands</h2>
<p>Neighbours sometimes assume we are a soft option. It is the opposite. Approved premises exist because supervision here is tighter than anywhere outside a prison: residents are seen every day, their movements are known, and staff notice small changes that an appointment once a fortnight would miss.</p>
<h2>The pressures</h2>
<p>Like most of HM Prison and Probation Service, we are short of staff, and agency workers fill gaps on nights more often than they should. Beds are in demand, and residents are sometimes placed a long way from the area they will eventually live in, which makes the move-on harder. When a resident moves on, the risk does not disappear; it just becomes someone else\u2019s to manage with far less contact.</p>
<p>If I could change one thing, it would be move-on accommodation. Too many people leave us for a sofa or a night shelter, and everything we built over twelve weeks starts to come apart.</p>""",
    comments=[
        ("AP manager, Bedford", "2019-02-13 18:22", "Recognise every word of this. Move-on is the bit nobody funds."),
        ("Ex-resident", "2019-03-01 23:04", "I lived in one in Wakefield in 2014. The night staff were the ones who actually talked to me."),
    ],
    gold=dict(
        areas=["Nottinghamshire"], primary_area="Nottinghamshire",
        providers=["National Probation Service", "HM Prison and Probation Service"],
        must_contain=["Reading the handover notes is the first job of every shift",
                      "wants help with a bus timetable app",
                      "Neighbours sometimes assume we are a soft option",
                      "everything we built over twelve weeks starts to come apart"],
        must_not_contain=["AP manager, Bedford", "I lived in one in Wakefield in 2014", "Gatehouse Notes publishes guest posts from practitioners every month"],
    ),
),
dict(
    file="blog-wales-goes-first.html", post_id=5790,
    slug="wales-goes-first-offender-management-returns-to-the-nps",
    title="Wales goes first: offender management returns to the NPS",
    date="2019-12-02", time="07:00", author="Martin Hale", og=True,
    cats=["Probation"], tags=["Wales", "unification", "Seetec", "Working Links"],
    standfirst="From today every person on probation in Wales is supervised by the public sector. England follows in 2021.",
    body="""<p>From today every person on probation in Wales is supervised by the National Probation Service. Wales is the first part of the country to move to the model announced in May, under which the community rehabilitation companies lose their offender management work and the NPS takes it back. In England the change is planned for 2021.</p>
<p>It has been an unusually turbulent year for probation in Wales. Wales CRC was one of three owned by Working Links, which went into administration in February. The Ministry of Justice moved all three to Seetec, which already ran the Kent, Surrey and Sussex CRC, and they have been managed under that contract since. For staff, that meant a change of employer in the spring and now another in the winter.</p>
<h2>What moves and what stays</h2>
<p>Case management of people assessed as low and medium risk now moves to NPS Wales, joining the high-risk cases it already held. Seetec keeps unpaid work, accredited programmes and some other interventions until the current contracts end. From Wrexham to Cardiff, staff who moved across over the weekend will be sitting in the same offices on Monday; the difference is the name on their contract and the case management system.</p>
<h2>Why Wales?</h2>
<p>There are several reasons. Health, housing and much of the support people on probation need is devolved and run by the Welsh Government, and partnership arrangements had already been built around an all-Wales structure. The number of cases is manageable. And Dyfed-Powys, North Wales, Gwent and South Wales all sat within one probation division, which kept the boundaries simple.</p>
<h2>What to watch</h2>
<p>The real test is caseloads. Recruiting qualified officers has been hard in parts of Wales, and adding thousands of lower-risk cases to teams already stretched by high-risk work is a risk in itself. Inspectors are likely to look at Wales early in the new model, and what they find will shape how the change is rolled out across England.</p>""",
    comments=[
        ("Cardiff PSO", "2019-12-03 20:11", "Day one: new email address, same desk, same caseload. We will see."),
        ("Napo member, Exeter", "2019-12-05 12:48", "Watching this closely from Devon. Our CRC has had the same owner change this year."),
    ],
    gold=dict(
        areas=["Wales", "Gwent", "South Wales", "Dyfed-Powys", "North Wales", "Kent", "Surrey", "Sussex"], primary_area="Wales",
        providers=["National Probation Service", "Wales CRC", "Working Links", "Seetec", "Kent Surrey and Sussex CRC"],
        must_contain=["every person on probation in Wales is supervised by the National Probation Service",
                      "a change of employer in the spring and now another in the winter",
                      "From Wrexham to Cardiff",
                      "the difference is the name on their contract"],
        must_not_contain=["Napo member, Exeter", "Watching this closely from Devon", "Supported by"],
    ),
),
dict(
    file="blog-drug-strategy-and-probation.html", post_id=6871,
    slug="from-harm-to-hope-what-the-drug-strategy-asks-of-probation",
    title="From Harm to Hope: what the drug strategy asks of probation",
    date="2021-12-09", time="08:20", author="Martin Hale", og=True,
    cats=["Drugs & alcohol", "Probation"], tags=["drug strategy", "treatment requirements", "continuity of care"],
    standfirst="The ten-year strategy brings new money for treatment. Probation is expected to send more people into it, and to stop losing them at the prison gate.",
    body="""<p>The government\u2019s ten-year drug strategy, <em>From harm to hope</em>, was published on 6 December. It comes two years after Dame Carol Black\u2019s independent review concluded that a decade of funding cuts had left treatment services cut to the bone, and it promises around \u00a3780 million of additional funding for treatment and recovery over three years.</p>
<p>For probation the strategy matters in three ways. First, it expects more people to be directed into treatment as part of a court order, through drug rehabilitation requirements, alcohol treatment requirements and the community sentence treatment requirement programme. Second, it wants everyone leaving prison with a drug problem to be picked up by community treatment promptly, which the strategy calls continuity of care. Third, it wants more drug testing on arrest and more diversion away from court.</p>
<p>The Probation Service, which took back all supervision in June, is better placed than the old split system to make this work. One organisation now holds the case from sentence to end of licence, and can insist that treatment referrals are made before release rather than after it.</p>
<h2>Who delivers the treatment</h2>
<p>The treatment itself is provided by local services commissioned by councils, most of them run by charities. Change Grow Live, Turning Point, We Are With You and Humankind between them hold a large share of contracts, and residential rehabilitation from charities such as Phoenix Futures is being funded again after years of decline. Their staff will tell you that continuity of care fails at the prison gate more often than anywhere else: the person is released on a Friday afternoon, the script cannot be picked up until Monday, and the first appointment is missed.</p>
<h2>A comparison worth making</h2>
<p>Scotland has the highest rate of drug deaths recorded in Europe, and the Scottish Government has gone further in treating drug use as a health issue. The strategy for England is cautious by comparison, keeping tough enforcement language alongside its treatment commitments. Researchers at the University of Kent have argued that the balance between the two will be settled less by the strategy document than by how each local partnership chooses to spend its money.</p>
<p>The money is welcome. The test is whether it arrives quickly enough, and lasts long enough, for services to recruit the workers they lost over the last ten years.</p>""",
    comments=[
        ("Recovery worker, Blackpool", "2021-12-10 21:30", "Friday releases are the single biggest thing. Fix that and half the problem goes."),
        ("Martin Hale", "2022-01-04 10:00", "Several readers have asked about the outcomes framework. A separate post is coming."),
    ],
    gold=dict(
        areas=["Scotland", "England"], primary_area=None,
        providers=["Probation Service", "Change Grow Live", "Turning Point", "We Are With You", "Humankind", "Phoenix Futures"],
        must_contain=["had left treatment services cut to the bone",
                      "the script cannot be picked up until Monday",
                      "Researchers at the University of Kent",
                      "One organisation now holds the case from sentence to end of licence"],
        must_not_contain=["Recovery worker, Blackpool", "Friday releases are the single biggest thing", "Never miss a post"],
    ),
),
dict(
    file="blog-sds40-essex-hostel-squeeze.html", post_id=8904,
    slug="sds40-in-essex-early-release-and-the-hostel-squeeze",
    title="SDS40 in Essex: early release and the hostel squeeze",
    date="2024-10-15", time="07:40", author="Martin Hale", og=True,
    cats=["Probation", "Sentencing"], tags=["SDS40", "early release", "housing"],
    standfirst="The first month of release at 40 per cent went better than feared. The larger second tranche is a week away.",
    body="""<p>The first prisoners released under SDS40 left custody on 10 September. The change, made because the adult male prison estate had all but run out of places, moved the automatic release point for most standard determinate sentences from half-way to 40 per cent. The second and larger tranche is due on 22 October.</p>
<p>I asked probation staff in Essex how the first month has gone. The short answer is better than feared, but with the hardest part still to come.</p>
<h2>Planning for a crowd</h2>
<p>Teams had a list of everyone affected well in advance, and most people had release plans. In Chelmsford, Colchester and Basildon offices, managers cleared diaries for the release days and borrowed colleagues from other teams to handle first appointments. HMP Chelmsford, the county\u2019s main local prison, staggered releases across the day so that offices were not overwhelmed at once.</p>
<h2>Housing is the problem</h2>
<p>What nobody can plan around is the shortage of somewhere to live. Approved premises beds are kept for higher-risk cases. The Community Accommodation Service can offer up to twelve weeks in temporary housing to people who would otherwise be homeless on release, but the supply of properties is limited, and some people were placed far from their families and their probation office.</p>
<h2>The exclusions</h2>
<p>Some offences are excluded from SDS40, including sexual offences, violent offences where the sentence was four years or longer, and several offences connected with domestic abuse. Staff welcomed the exclusions but said they create their own confusion, particularly for people serving several sentences at once. Victims registered with the victim contact scheme have also had to be told about changed dates, which takes time.</p>
<p>HM Prison and Probation Service says more probation staff are being recruited and that the policy will be reviewed after eighteen months. For the Probation Service, still rebuilding three years after unification, another surge in work is the last thing it needed.</p>""",
    comments=[
        ("Housing officer, Luton", "2024-10-17 13:12", "We had four referrals on release day with no address. Temporary accommodation here is full."),
        ("Martin Hale", "2024-10-23 18:45", "Update: the second tranche went out yesterday. More soon."),
    ],
    gold=dict(
        areas=["Essex"], primary_area="Essex",
        providers=["HM Prison and Probation Service", "Probation Service"],
        must_contain=["moved the automatic release point for most standard determinate sentences from half-way to 40 per cent",
                      "In Chelmsford, Colchester and Basildon offices",
                      "better than feared, but with the hardest part still to come",
                      "up to twelve weeks in temporary housing"],
        must_not_contain=["Housing officer, Luton", "Temporary accommodation here is full", "Lincolnshire\u2019s new women\u2019s centre opens its doors"],
    ),
),
dict(
    file="blog-secure-school-medway.html", post_id=9377,
    slug="a-secure-school-in-medway-what-to-watch",
    title="A secure school in Medway: what to watch",
    date="2025-03-18", time="08:05", author="Martin Hale", og=True,
    cats=["Youth justice"], tags=["secure schools", "youth custody", "STCs"],
    standfirst="The first secure school sits on a site with a difficult history. Five questions for its first year.",
    body="""<p>The idea of a secure school came out of the 2016 review of the youth justice system, which argued that children in custody should be held in small establishments run as schools, not as prisons with classrooms attached. Almost a decade later, the first one is open in Medway, run by a school trust rather than a prison operator.</p>
<p>The site has an uncomfortable history. The Medway Secure Training Centre was run by G4S until 2016, when undercover filming showed staff mistreating children; it was then taken into public hands and closed in 2020. Rainsbrook, another secure training centre, near Rugby in Warwickshire, closed in 2021 after repeated criticism of the way MTC ran it. The secure school has to prove that it is different from both.</p>
<h2>A much smaller population</h2>
<p>The number of children in custody has fallen dramatically. On an average night fewer than 500 children are now held in the youth secure estate, compared with around 3,000 fifteen years earlier. Those who remain are older, more likely to be held on remand, and more likely to be there for serious violence. Many have been in care, and a high proportion have speech, language or learning needs.</p>
<h2>Five things to watch</h2>
<ul>
<li>Staffing: whether the school can recruit and keep staff with teaching and care backgrounds, rather than relying on agency cover.</li>
<li>Restraint: how often force is used, and whether pain-inducing techniques are ruled out in practice as well as on paper.</li>
<li>Education hours: whether children get a full school day, every day.</li>
<li>Distance: how far children are held from home, and whether families can visit.</li>
<li>Transparency: whether inspection reports and data on incidents are published promptly.</li>
</ul>
<p>None of this is new. Every generation of youth custody has promised to be a place of education first. The difference this time is the scale: with so few children in custody, there is no longer an excuse for large, impersonal institutions.</p>""",
    comments=[
        ("YOT worker, Hackney", "2025-03-19 17:55", "Distance is the one for us. Our children are routinely placed hours away."),
        ("Martin Hale", "2025-03-20 08:30", "Agreed. I will come back to this when the first inspection report is out."),
    ],
    gold=dict(
        areas=["Kent", "Warwickshire"], primary_area="Kent",
        providers=["G4S", "MTC"],
        must_contain=["run by a school trust rather than a prison operator",
                      "near Rugby in Warwickshire",
                      "fewer than 500 children are now held in the youth secure estate",
                      "whether children get a full school day, every day"],
        must_not_contain=["YOT worker, Hackney", "Our children are routinely placed hours away", "What MTCnovo left behind in London"],
    ),
),
dict(
    file="blog-community-payback-sussex.html", post_id=10118,
    slug="community-payback-in-sussex-where-have-the-placements-gone",
    title="Community Payback in Sussex: where have the placements gone?",
    date="2026-02-10", time="07:50", author="Martin Hale", og=True,
    cats=["Probation", "Sentencing"], tags=["unpaid work", "Community Payback", "backlog"],
    standfirst="Courts keep ordering unpaid work. Finding enough placements to deliver the hours is another matter.",
    body="""<p>Unpaid work, branded Community Payback since 2008, is one of the few parts of probation the public can see. People on community orders wear orange vests, clear overgrown footpaths, paint community halls and sort donations in charity warehouses. Courts order it more than almost any other requirement. The difficulty, in Sussex as elsewhere, is delivering the hours.</p>
<h2>The backlog</h2>
<p>The pandemic stopped most group work for months and left a backlog of hours that has never quite been cleared. Staff in Brighton and Hastings told me that people routinely wait weeks for a first session, and that orders expire with hours still outstanding. Each of those is a sentence that was not carried out as the court intended.</p>
<h2>Where have the placements gone?</h2>
<p>When unpaid work was run by the CRC, placements were often negotiated project by project, and when contracts ended some relationships went with them. The Probation Service has spent the years since unification rebuilding a list of beneficiaries. Councils, churches and small charities are willing, but many need supervisors on site, and supervisors are hard to recruit. One team in Eastbourne has had a vacant supervisor post for most of a year.</p>
<p>There are good examples. A group has spent the winter repainting a community hall in Crawley, and another helps a food bank sort deliveries. In Brighton, a team cleared litter and graffiti from a lane near the Duke of York\u2019s cinema after local traders asked for help. Each project depends on a supervisor and on someone at the receiving end willing to plan the work.</p>
<h2>What would help</h2>
<p>Three things stand out. Individual placements, where one person works alongside staff at a charity shop or a food bank, cost less in supervision and suit people with jobs or caring responsibilities. Allowing a share of hours to be spent on education and training, which is already permitted for some people, could be used more widely. And courts could be told, frankly and locally, how long people are waiting to start.</p>
<p>None of this needs legislation. It needs supervisors, and a steady supply of projects that someone in each town takes responsibility for.</p>""",
    comments=[
        ("Unpaid work supervisor", "2026-02-11 19:02", "We are two supervisors short in our team and still turning away projects."),
        ("Parish clerk, East Sussex", "2026-02-16 11:40", "We would love a team for the churchyard. Nobody has ever asked us."),
    ],
    gold=dict(
        areas=["Sussex"], primary_area="Sussex",
        providers=["Probation Service"],
        must_contain=["When unpaid work was run by the CRC",
                      "near the Duke of York\u2019s cinema",
                      "orders expire with hours still outstanding",
                      "One team in Eastbourne has had a vacant supervisor post"],
        must_not_contain=["Parish clerk, East Sussex", "Nobody has ever asked us", "Probation in Cumbria: long roads, short staffing"],
    ),
),
]
