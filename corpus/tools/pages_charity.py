"""Articles for the `charity-` family (The Lanyard Trust). Original text.
The charity, its staff and the people quoted are fictional.

Legacy pages are written out in windows-1252 (or ISO-8859-1 for the one
page declared that way, which therefore uses no curly quotes)."""

PAGES = [
dict(
    file="charity-legacy-peer-mentors-swaleside.html", variant="legacy", encoding="cp1252",
    slug="peer-mentors-swaleside", crumb="Peer mentors at Swaleside",
    title="Peer mentors start work at HMP Swaleside", date="2010-09-14",
    keywords="peer mentors, prison, Kent, resettlement, NVQ", copyright_to="2014", page_updated="2011-02-08", counter="0031877",
    body="""Twelve men serving sentences at HMP Swaleside on the Isle of Sheppey have become the first peer mentors trained by the Lanyard Trust in Kent. Over the last six months they have worked towards an NVQ Level 3 in Information, Advice and Guidance, and from this week they will help other prisoners with housing forms, benefit claims and applications for ID before release.<br><br>
The scheme is modelled on the peer advice work pioneered by St Giles Trust, which has shown that prisoners are often more willing to ask for help from someone who has been in the same position. Each mentor works on a wing two days a week, supported by a Lanyard caseworker.<br><br>
\u201cI\u2019ve spent most of my life being told what to do,\u201d said one of the mentors, who is 38 and has four years left to serve. \u201cThis is the first time anyone has trusted me to help somebody else. It\u2019s a big thing.\u201d<br><br>
<b>What happens next</b><br>
The project costs around \u00a342,000 a year and is funded by a charitable trust for its first two years. We are talking to the prison and to the local probation trust about how mentors could carry on supporting men after release \u2013 perhaps meeting them at the gate, or for a coffee at the caf\u00e9 by the station in Sittingbourne.<br><br>
If you would like to support the project, or you are an employer who could offer work experience to a mentor on release, please contact our Kent coordinator on 01795 496 210.""",
    gold=dict(
        areas=["Kent"], primary_area="Kent", providers=["St Giles Trust"],
        must_contain=["HMP Swaleside on the Isle of Sheppey",
                      "modelled on the peer advice work pioneered by St Giles Trust",
                      "This is the first time anyone has trusted me to help somebody else",
                      "at the caf\u00e9 by the station in Sittingbourne"],
        must_not_contain=["Volunteers needed for Derby drop-in", "Registered charity no. 1109876", "Housing, work and a fresh start for people leaving prison"],
    ),
),
dict(
    file="charity-legacy-breaking-the-cycle-response.html", variant="legacy", encoding="cp1252",
    slug="breaking-the-cycle-response", crumb="Green paper response",
    title="Breaking the Cycle: our response to the green paper", date="2011-03-04",
    keywords="Breaking the Cycle, green paper, payment by results, consultation", copyright_to="2014", page_updated="2011-03-07", counter="0036410",
    body="""The consultation on the government\u2019s green paper, <i>Breaking the Cycle: Effective Punishment, Rehabilitation and Sentencing of Offenders</i>, closes today. We have sent our response to the Ministry of Justice, and a summary is below.<br><br>
We welcome the green paper\u2019s central idea: that prison and community sentences should do more to stop people reoffending, and that too many people leave short sentences with no support at all. The men and women we work with tell us the same thing week after week \u2013 they walk out with a small discharge grant, a plastic bag of belongings and nowhere to go.<br><br>
<b>Payment by results</b><br>
The green paper proposes that more rehabilitation services should be paid for by results. The first pilots are already under way or about to start: at HMP Peterborough, a prison run by Sodexo, a social impact bond pays for support to men serving short sentences, delivered by charities including St Giles Trust; and from later this year at HMP Doncaster, Serco and Catch22 will share in a payment linked to reduced reconvictions.<br><br>
We support testing these ideas. But we are worried that payment by results could squeeze out small, local organisations like ours, which do not have the reserves to wait two years or more to be paid. A charity with \u00a3300,000 a year in income cannot carry that kind of risk.<br><br>
<b>Our three asks</b><br>
1. Protect grant funding for small specialist charities alongside any new contracts.<br>
2. Measure progress, not just reconviction \u2013 getting a tenancy, a job or a GP is progress.<br>
3. Publish the results of the pilots in full before rolling the model out nationally.<br><br>
The full response (PDF, 240KB) is available from our publications page. Thank you to the 40 people with convictions who gave us their views.""",
    gold=dict(
        areas=["Cambridgeshire", "South Yorkshire"], primary_area=None,
        providers=["Sodexo Justice Services", "St Giles Trust", "Serco", "Catch22"],
        must_contain=["a small discharge grant, a plastic bag of belongings and nowhere to go",
                      "at HMP Doncaster, Serco and Catch22 will share in a payment linked to reduced reconvictions",
                      "A charity with \u00a3300,000 a year in income cannot carry that kind of risk",
                      "getting a tenancy, a job or a GP is progress"],
        must_not_contain=["Our work at HMP Stocken praised", "Page last updated: 07/03/2011", "\u00a310 pays for a bus pass"],
    ),
),
dict(
    # Declared ISO-8859-1 and saved as latin-1: no curly quotes or dashes.
    file="charity-legacy-norwich-move-on-flats.html", variant="legacy", encoding="latin-1", charset_label="iso-8859-1",
    slug="norwich-move-on-flats", crumb="Norwich move-on flats",
    title="New move-on flats for prison leavers in Norwich", date="2012-06-28",
    keywords="housing, Norwich, prison leavers, move-on accommodation", copyright_to="2014", page_updated="2012-11-02", counter="0042296",
    body="""The Lanyard Trust has opened six move-on flats in Norwich for men leaving HMP Norwich who would otherwise be homeless. The flats, in a converted Victorian house near the city centre, were refurbished with a \u00a396,000 grant and will be let on six-month licences while residents look for permanent homes.<br><br>
Each tenant has a key worker, help with benefit claims and budgeting, and a weekly session with a housing adviser from Shelter, who will also help them find a private rented home when they are ready to move on.<br><br>
According to the prison's resettlement team, around a third of men leaving HMP Norwich have nowhere settled to live. Many end up sofa-surfing or sleeping rough, and a large share are back in custody within a year.<br><br>
Our Norfolk manager, H\u00e9l\u00e8ne Dufour, said: "Without an address you can't open a bank account, you can't sort out your benefits and most employers won't look at you. A flat is not the whole answer, but nothing else works without it."<br><br>
The first two tenants moved in last week. One, aged 44, had slept rough for three months after his last sentence. "It's the first time I've had my own front door since 2006," he said.<br><br>
The project is supported by the probation trust and by the city council, and by donations from our supporters. To help furnish the flats, please see our wish list: kettles, bedding and pans are always needed. If you are a landlord in Norfolk and could offer a tenancy to someone ready to move on, our housing team would like to hear from you.""",
    gold=dict(
        areas=["Norfolk"], primary_area="Norfolk", providers=["Shelter"],
        must_contain=["six move-on flats in Norwich for men leaving HMP Norwich",
                      "a weekly session with a housing adviser from Shelter",
                      "Our Norfolk manager, H\u00e9l\u00e8ne Dufour",
                      "It's the first time I've had my own front door since 2006"],
        must_not_contain=["Christmas appeal", "You are visitor number", "Leicestershire County Council"],
    ),
),
dict(
    file="charity-legacy-tr-response.html", variant="legacy", encoding="cp1252",
    slug="transforming-rehabilitation-response", crumb="Transforming Rehabilitation",
    title="Transforming Rehabilitation: why we are worried", date="2013-02-20",
    keywords="Transforming Rehabilitation, probation, consultation, voluntary sector", copyright_to="2014", page_updated="2014-03-05", counter="0051903",
    body="""<i>Our chief executive, Ruth Alderton, writes:</i><br><br>
On 9 January the Ministry of Justice published its plans to open most probation work to competition. We have spent the six weeks since then talking to the people we work with, to our staff and to other charities, and today we sent our response to the consultation.<br><br>
We support the aim of supervising people who leave prison after short sentences. It is the single change our clients have asked for most often. But we are worried about how the rest of the plan will work in practice.<br><br>
We are a small charity. Most of our work in Leicester and Derby is paid for through grants and small contracts with probation trusts, which know us and know the people we help. Under the proposals those trusts will disappear, and their work will be let in large regional contracts that are likely to go to national companies. We may be invited into their supply chains \u2013 or we may not.<br><br>
We took part in the survey of voluntary organisations run by Clinks, and we share its concern that charities will be used as \u201cbid candy\u201d: named in a winning bid, then given little or no work once the contract is signed.<br><br>
<b>What we have asked for</b><br>
\u2022 A guaranteed share of each contract for local voluntary organisations.<br>
\u2022 Payment terms that do not leave small charities waiting years for their money.<br>
\u2022 Time to get this right: the planned timetable is too fast for a change of this size.<br><br>
Whatever happens, we will keep doing what we do. A man leaving prison with nowhere to go still needs a bed on his first night, whoever holds the contract.""",
    gold=dict(
        areas=["Leicestershire", "Derbyshire"], primary_area=None, providers=["Clinks"],
        must_contain=["Most of our work in Leicester and Derby is paid for through grants and small contracts with probation trusts",
                      "we share its concern that charities will be used as \u201cbid candy\u201d",
                      "A guaranteed share of each contract for local voluntary organisations",
                      "still needs a bed on his first night, whoever holds the contract"],
        must_not_contain=["Page last updated: 05/03/2014", "Annual report 2011\u201312 now available", "Ask the resettlement team on your wing for a Lanyard referral form"],
    ),
),
dict(
    file="charity-womens-centre-cwmbran.html", variant="modern", encoding="utf-8",
    slug="new-womens-centre-torfaen-blaenau-gwent",
    title="A new women\u2019s centre for Torfaen and Blaenau Gwent", date="2019-06-11", time="11:00", category="News",
    summary="Our first centre in Wales opens in Cwmbran, with funding from the Ministry of Justice and the Welsh Government.",
    body="""<p>This week we opened the doors of our first women\u2019s centre in Wales, in a former shop unit in Cwmbran town centre. It will work with women in Torfaen and Blaenau Gwent who are in contact with the justice system or at risk of it.</p>
<p>The centre is part-funded by the Ministry of Justice, through the money set aside for community services in the Female Offender Strategy, and by the Welsh Government. It builds on the Female Offending Blueprint for Wales, published last month by the Welsh Government and HM Prison and Probation Service, which commits both to diverting women away from custody wherever it is safe to do so.</p>
<h2>What the centre offers</h2>
<p>Every woman who comes to the centre is given a key worker who helps her put together a plan. Support includes counselling, help with debt and benefits, a course for women who have experienced domestic abuse, and a weekly drop-in with a housing officer from the local council. There is a play room so that mothers can bring their children.</p>
<p>Women can be referred by the National Probation Service, by Wales CRC, by the police, or they can simply walk in. Women on community orders can complete part of their rehabilitation activity requirement at the centre.</p>
<p>\u201cA lot of the women we see have never had anyone ask them what they need,\u201d said centre manager Ffion Rees. \u201cThey\u2019ve been told what they\u2019ve done wrong plenty of times. Here we start with what would help.\u201d</p>
<h2>Get involved</h2>
<p>We are looking for volunteers to help run the drop-in and the children\u2019s room. If you live locally and could give a few hours a week, please get in touch.</p>""",
    gold=dict(
        areas=["Gwent", "Wales"], primary_area="Gwent",
        providers=["HM Prison and Probation Service", "National Probation Service", "Wales CRC"],
        must_contain=["our first women\u2019s centre in Wales, in a former shop unit in Cwmbran town centre",
                      "the Female Offending Blueprint for Wales",
                      "Women can be referred by the National Probation Service, by Wales CRC",
                      "Here we start with what would help"],
        must_not_contain=["Lanyard opens a new hub in Lincoln", "Job fair at HMP Ranby: 40 offers made", "Could you help someone on their first day out?"],
    ),
),
dict(
    file="charity-unification-midlands.html", variant="modern", encoding="utf-8",
    slug="unification-what-changes-for-our-services",
    title="Unification: what changes for our services in the Midlands", date="2021-06-28", time="09:30", category="Policy",
    summary="On 26 June probation came back under one roof. Here is what it means for the people we support and for our projects.",
    body="""<p>On Saturday 26 June the community rehabilitation companies that ran most probation supervision for six years handed their work to the new, unified Probation Service. For us the change matters a great deal, because much of our work since 2015 was funded through subcontracts with two of those companies: Derbyshire, Leicestershire, Nottinghamshire and Rutland CRC, and Staffordshire and West Midlands CRC. Both were owned by the Reducing Reoffending Partnership, a joint venture led by Ingeus with St Giles Trust and Change Grow Live.</p>
<h2>What changes for the people we support</h2>
<p>Nothing changes overnight. People on probation keep the same practitioner in most cases, appointments go ahead as planned, and our caseworkers will keep working with everyone already referred to us. Some practitioners have new email addresses, and a few offices will move over the summer.</p>
<h2>What changes for us</h2>
<p>The services that CRCs used to buy from charities \u2013 help with accommodation, jobs and training, support for women and personal wellbeing \u2013 are now bought through Commissioned Rehabilitative Services, under contracts awarded earlier this year. We will continue our accommodation work in Leicester and across Leicestershire under a new contract. Our Stoke-on-Trent project, which was funded by the CRC, will continue until September while we look for other funding.</p>
<h2>A word of thanks</h2>
<p>Whatever anyone thinks of the reforms that created them, the staff of both CRCs worked hard for the people we support, often in difficult circumstances. Many of them have now moved to the Probation Service, and we look forward to working with them in their new roles.</p>""",
    gold=dict(
        areas=["Derbyshire", "Leicestershire", "Nottinghamshire", "Staffordshire", "West Midlands"], primary_area="Leicestershire",
        providers=["Probation Service", "Derbyshire Leicestershire Nottinghamshire and Rutland CRC", "Staffordshire and West Midlands CRC",
                   "Reducing Reoffending Partnership", "Ingeus", "St Giles Trust", "Change Grow Live"],
        must_contain=["handed their work to the new, unified Probation Service",
                      "a joint venture led by Ingeus with St Giles Trust and Change Grow Live",
                      "We will continue our accommodation work in Leicester and across Leicestershire",
                      "Our Stoke-on-Trent project, which was funded by the CRC"],
        must_not_contain=["Our partnership with Change Grow Live in Northampton", "Keep in touch", "Funded in part by the National Lottery Community Fund."],
    ),
),
dict(
    # Saved in UTF-8 WITH a byte-order mark.
    file="charity-sds40-six-weeks.html", variant="modern", encoding="utf-8-sig",
    slug="early-release-six-weeks-on-the-front-line",
    title="Early release: six weeks on the front line", date="2024-10-22", time="08:45", category="Blog",
    summary="Our accommodation teams in the East Midlands describe the first weeks of release at 40 per cent.",
    body="""<p>When the government announced in July that most prisoners would be released after 40 per cent of their sentence instead of half, our accommodation teams knew what was coming. Six weeks after the first releases on 10 September, and on the day the second group leaves prison, here is what they have seen in the East Midlands.</p>
<h2>More people, less notice</h2>
<p>Our caseworkers in Derby and Nottingham took on almost twice as many new referrals in September as in an ordinary month. Most came from the Probation Service in the final fortnight before release, once a prison address had been ruled out and an approved premises place had not been needed. Some came on the day of release itself.</p>
<p>Men leaving HMP Nottingham and HMP Lincoln told us the same story: they had known their new date for weeks, but nobody had been able to tell them where they would sleep. \u201cI had a release date and a bus pass. That was it,\u201d one man told our Nottingham team.</p>
<h2>What worked</h2>
<p>Where prison, probation and council housing teams met before release, the results were good. In Derby, a weekly call between the three meant that nearly everyone referred to us had somewhere to go on their first night. Temporary accommodation funded through the Community Accommodation Service filled many gaps, though it rarely lasts longer than twelve weeks.</p>
<h2>What needs to change</h2>
<p>Housing applications should start months before release, not weeks. Councils need to know who is coming. And the people we work with need to hear earlier, and more honestly, what will happen on the day they walk out.</p>""",
    gold=dict(
        areas=["East Midlands", "Derbyshire", "Nottinghamshire", "Lincolnshire"], primary_area="East Midlands",
        providers=["Probation Service"],
        must_contain=["here is what they have seen in the East Midlands",
                      "Men leaving HMP Nottingham and HMP Lincoln told us the same story",
                      "I had a release date and a bus pass. That was it",
                      "a weekly call between the three"],
        must_not_contain=["Lanyard opens a new hub in Lincoln", "Essential cookies only", "Company limited by guarantee no. 05330412."],
    ),
),
dict(
    file="charity-glasgow-consumption-facility.html", variant="modern", encoding="utf-8",
    slug="what-glasgows-safer-drug-consumption-facility-could-teach-us",
    title="What Glasgow\u2019s safer drug consumption facility could teach us", date="2025-02-18", time="10:30", category="Blog",
    summary="Scotland\u2019s first supervised facility has been open for a month. Our head of recovery services went to see it.",
    body="""<p>In January a safer drug consumption facility opened in the east end of Glasgow, the first of its kind in the UK. People can bring drugs they have already obtained and inject them under the supervision of health staff, who can step in immediately if someone overdoses. The facility also offers wound care, testing for blood-borne viruses and a route into treatment.</p>
<p>It is a three-year pilot, made possible after Scotland\u2019s Lord Advocate said in 2023 that it would not be in the public interest to prosecute people for possessing drugs for their own use inside the facility. Scotland has had the highest rate of drug deaths in Europe for several years, and the area around the facility has long been the centre of a cluster of HIV infections among people who inject.</p>
<h2>What I saw</h2>
<p>The first thing that struck me was how ordinary it felt: a clean waiting area, staff who knew people by name, tea and toast. Within its first weeks staff had already responded to overdoses that might otherwise have happened in a stairwell or a car park.</p>
<h2>Why it matters to us</h2>
<p>The Lanyard Trust works in England, where no such facility exists, and the same is true in Wales and Northern Ireland. Many of the people we support are most at risk of overdose in the weeks after release, when their tolerance has fallen. We already make sure everyone we work with has take-home naloxone. But naloxone only works if someone is there to use it.</p>
<p>We are not calling for a facility in every town. We are asking that the evidence from Glasgow is looked at honestly, without assuming the answer in advance.</p>""",
    gold=dict(
        areas=["Scotland", "Northern Ireland", "England", "Wales"], primary_area="Scotland", providers=[],
        must_contain=["a safer drug consumption facility opened in the east end of Glasgow",
                      "Scotland\u2019s Lord Advocate said in 2023",
                      "the same is true in Wales and Northern Ireland",
                      "naloxone only works if someone is there to use it"],
        must_not_contain=["Job fair at HMP Ranby: 40 offers made", "Keep in touch", "Lanyard House, 40 Friar Lane, Leicester LE1 5RA"],
    ),
),
]
