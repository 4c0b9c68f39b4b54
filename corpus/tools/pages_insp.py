"""Articles for the `insp-` family. Original summaries written for this
corpus in the style of inspection report pages; they are illustrative and
are not the inspectorates' own text or findings."""

CRC_RATINGS = ["Leadership", "Staff", "Services", "Information and facilities", "Assessment", "Planning",
               "Implementation and delivery", "Reviewing", "Unpaid work", "Through the Gate"]


def crc(*vals):
    return list(zip(CRC_RATINGS, vals))


PDU_RATINGS = ["Leadership", "Staff", "Services", "Information and facilities", "Assessment", "Planning",
               "Implementation and delivery", "Reviewing"]


def pdu(*vals):
    return list(zip(PDU_RATINGS, vals))


PAGES = [
dict(
    file="insp-hmp-doncaster-2014.html", variant="prisons", slug="hmp-doncaster-2",
    title="Report on an unannounced inspection of HMP Doncaster", establishment="HMP Doncaster",
    date="2014-07-29",
    facts=[("Type", "Local prison for adult and young adult men"), ("Inspection dates", "10\u201321 March 2014")],
    body="""<p>HMP Doncaster is a local prison in South Yorkshire holding around 1,100 adult and young adult men, most of them on remand or serving short sentences. It has been privately run since it opened in 1994 and is operated by Serco. Since October 2011 it has also been the site of a payment-by-results pilot, under which part of the contract payment depends on reducing reconvictions among men released from the prison.</p>
<h2>What we found</h2>
<p>Inspectors found a prison that had improved in some respects since the last inspection but where safety remained a serious concern. Many men told us they felt unsafe, levels of violence were high for a prison of this type, and the use of force by staff had risen. Too many new arrivals spent their first night in poor conditions, and first night support was inconsistent.</p>
<p>Cells designed for one were shared by two or three men, and some lacked adequate screening around toilets. Relationships between staff and prisoners were mostly good. Many staff were young, energetic and committed, but a number lacked the confidence to challenge poor behaviour.</p>
<p>Access to education, training and work had improved. There were enough activity places for most of the population, though attendance was not good enough and too many men were locked in their cells during the working day.</p>
<h2>Resettlement and the pilot</h2>
<p>Resettlement work was a real strength. Under the pilot, every man serving less than twelve months was offered support from a case manager before and after release, working with partners including Catch22. Case managers met men soon after arrival, and help with housing, benefits and debt continued after they left. We considered this a promising model, although it was too early to judge its effect on reoffending.</p>
<h2>Points to note</h2>
<ul>
<li>Men on the vulnerable prisoners\u2019 unit had poorer access to activities than others.</li>
<li>The segregation unit was clean and reasonably calm, but some men had been held there for long periods.</li>
<li>Health services were generally good, and substance misuse treatment was well regarded by prisoners.</li>
</ul>""",
    scores=[("Safety", "Not sufficiently good"), ("Respect", "Reasonably good"), ("Purposeful activity", "Reasonably good"), ("Resettlement", "Good")],
    gold=dict(
        areas=["South Yorkshire"], primary_area="South Yorkshire", providers=["Serco", "Catch22"],
        must_contain=["Since October 2011 it has also been the site of a payment-by-results pilot",
                      "Cells designed for one were shared by two or three men",
                      "Resettlement work was a real strength",
                      "working with partners including Catch22"],
        must_not_contain=["Report on an unannounced inspection of HMP Liverpool", "Can we store analytics cookies on your device?", "10 South Colonnade, Canary Wharf"],
    ),
),
dict(
    file="insp-northumbria-probation-2016.html", variant="probation", slug="northumbria2016",
    title="An inspection of probation services in Northumbria", date="2016-11-22",
    itype="Quality & Impact inspection", facts=[("Fieldwork", "September 2016")],
    body="""<p>This inspection looked at the quality and impact of probation work in Northumbria, an area that takes in Newcastle upon Tyne, Gateshead, Sunderland, North and South Tyneside and the county of Northumberland. Work in the area is shared between Northumbria CRC, owned since February 2015 by Sodexo Justice Services, with Nacro as its partner, and the National Probation Service, which supervises people assessed as posing a high risk of serious harm and provides advice to the courts.</p>
<p>We examined 96 cases across both organisations, interviewed staff and managers, and spoke to people under supervision, magistrates and partner agencies.</p>
<h2>Key findings</h2>
<p>The CRC had been through a period of major change. Its new operating model moved most supervision into a small number of community hubs and reduced the number of qualified probation officers in favour of other grades. Staff were working hard to make the model succeed, but caseloads were high and morale was low. In too many cases the work to protect the public was not good enough: domestic abuse enquiries with the police were not always made, and risk assessments were not reviewed when circumstances changed.</p>
<p>Work to reduce reoffending was better. Staff knew the people they supervised, and there were good links with substance misuse and employment services. Women were offered appointments in women-only settings, which they valued.</p>
<p>The National Probation Service in Northumbria was performing reasonably well. Court work was timely and pre-sentence reports were of good quality. Allocation of cases between the two organisations was mostly accurate, but a small number of cases had been allocated to the CRC when the risk information available at court pointed the other way.</p>
<h2>Recommendations</h2>
<p>Northumbria CRC should make sure that every case has a timely, good quality assessment of the risk of harm, reviewed whenever circumstances change. Both organisations should improve the sharing of information at the point of allocation, and should agree a joint approach to domestic abuse enquiries with Northumbria Police.</p>""",
    downloads=[("Full report", "1.1MB"), ("Inspection data annex", "310KB")],
    gold=dict(
        areas=["Northumbria"], primary_area="Northumbria",
        providers=["Northumbria CRC", "Sodexo Justice Services", "Nacro", "National Probation Service"],
        must_contain=["We examined 96 cases across both organisations",
                      "reduced the number of qualified probation officers in favour of other grades",
                      "Women were offered appointments in women-only settings",
                      "a joint approach to domestic abuse enquiries with Northumbria Police"],
        must_not_contain=["An inspection of Staffordshire and West Midlands Community Rehabilitation Company", "1 Bridge Street West, Manchester", "Read about the cookies we use"],
    ),
),
dict(
    file="insp-hmp-bedford-2019.html", variant="prisons", slug="hmp-bedford-4",
    title="Report on an unannounced inspection of HMP Bedford", establishment="HMP Bedford",
    date="2019-01-15",
    facts=[("Type", "Local prison for adult men"), ("Inspection dates", "3\u201313 September 2018"),
           ("Urgent notification", "Issued to the Secretary of State, September 2018")],
    body="""<p>HMP Bedford is a Victorian local prison holding around 500 adult men, most of them received from the courts of Bedford and Luton. This was our third inspection in a short period, and we found the prison in a worse state than at any point in recent years. At the end of the inspection the Chief Inspector invoked the urgent notification process, which requires the Secretary of State to respond publicly within 28 days.</p>
<h2>What we found</h2>
<p>Violence had increased sharply. There had been a serious disturbance earlier in the year, assaults on staff were among the highest we had seen in a prison of this type, and many men told us they felt unsafe. Much of the violence was linked to illicit drugs, and over a third of the men who answered our survey said drugs were easy to obtain.</p>
<p>Living conditions were very poor. Cells were cramped and dirty, many windows were broken, and there were rats and cockroaches in parts of the prison. Some men had no access to a shower for days at a time.</p>
<p>Staff were inexperienced and stretched. A large proportion had been in post for less than a year, and managers were not visible enough on the wings. Men spent long periods locked in their cells, and education and work were frequently cancelled.</p>
<h2>After the urgent notification</h2>
<p>HM Prison and Probation Service accepted that the situation was unacceptable and set out an action plan, including a reduction in the population, extra staff from other prisons and repairs to the worst accommodation. This report records the position at the time of the inspection; we will return to assess progress.</p>
<h2>Points to note</h2>
<ul>
<li>Some good work was taking place in the substance misuse service despite the wider instability.</li>
<li>The prison was not recording the use of force accurately.</li>
<li>Planning for release was hampered by the short time many men spent in the prison.</li>
</ul>""",
    scores=[("Safety", "Poor"), ("Respect", "Poor"), ("Purposeful activity", "Poor"), ("Rehabilitation and release planning", "Not sufficiently good")],
    downloads=[("Inspection report", "2.6MB"), ("Urgent notification letter", "180KB"), ("Secretary of State response", "240KB")],
    gold=dict(
        areas=["Bedfordshire"], primary_area="Bedfordshire", providers=["HM Prison and Probation Service"],
        must_contain=["received from the courts of Bedford and Luton",
                      "requires the Secretary of State to respond publicly within 28 days",
                      "there were rats and cockroaches in parts of the prison",
                      "Planning for release was hampered by the short time many men spent in the prison"],
        must_not_contain=["HMP & YOI Styal", "Yes, I\u2019m happy with analytics cookies"],
    ),
),
dict(
    file="insp-hlny-crc-2019.html", variant="probation", slug="hlnycrc2019",
    title="An inspection of Humberside, Lincolnshire and North Yorkshire Community Rehabilitation Company",
    date="2019-05-21", itype="CRC inspection", overall="Requires improvement",
    facts=[("Fieldwork", "January and February 2019")],
    body="""<p>Humberside, Lincolnshire and North Yorkshire CRC supervises around 8,000 people on community sentences and licences across a large and varied area, from Hull and the East Riding through North and North East Lincolnshire to the rest of Lincolnshire, the City of York and North Yorkshire. It is one of five CRCs owned by Purple Futures, the Interserve-led partnership whose members include the charities Addaction and Shelter.</p>
<p>Interserve went into administration in March 2019, shortly after our fieldwork, and its business passed to its lenders. The CRC continued to operate normally, and we saw no immediate effect on its work, but the uncertainty was a concern for staff.</p>
<h2>Overall findings</h2>
<p>Leaders had a clear vision and had invested in a reorganisation that placed staff in smaller local teams, closer to the people they supervise. Staff felt supported by their immediate managers, and the quality of work to engage people in their supervision was good. But caseloads for probation services officers remained too high, and work to keep people safe from harm was not consistently good enough.</p>
<p>Assessments were generally sound, but too often they did not draw on information held by the police and children\u2019s services. Where risk changed, reviews were not always carried out. Unpaid work was well organised, with a good range of placements in both urban and rural areas, and people mostly started their hours promptly.</p>
<p>Through the Gate services in the prisons serving the area were weaker. Resettlement plans were often completed too close to release, and too many people left custody without settled accommodation.</p>
<h2>Recommendations</h2>
<p>The CRC should reduce caseloads for front-line staff, make sure that domestic abuse and safeguarding checks are completed in every relevant case, and improve the timeliness of resettlement planning. HM Prison and Probation Service and the Ministry of Justice should ensure that contractual arrangements during the remaining life of the contract support stable delivery.</p>""",
    ratings=crc("Good", "Requires improvement", "Requires improvement", "Good", "Requires improvement",
                "Requires improvement", "Requires improvement", "Inadequate", "Good", "Inadequate"),
    gold=dict(
        areas=["Humberside", "Lincolnshire", "North Yorkshire"], primary_area="Humberside",
        providers=["Humberside Lincolnshire and North Yorkshire CRC", "Purple Futures", "Interserve", "We Are With You", "Shelter", "HM Prison and Probation Service"],
        must_contain=["It is one of five CRCs owned by Purple Futures",
                      "Interserve went into administration in March 2019",
                      "placed staff in smaller local teams",
                      "too many people left custody without settled accommodation"],
        must_not_contain=["An inspection of youth justice services in Reading", "Civil Justice Centre", "No thanks"],
    ),
),
dict(
    file="insp-ddc-crc-2019.html", variant="probation", slug="ddccrc2019",
    title="An inspection of Dorset, Devon and Cornwall Community Rehabilitation Company",
    date="2019-02-12", itype="CRC inspection", overall="Inadequate",
    facts=[("Fieldwork", "October and November 2018")],
    body="""<p>Dorset, Devon and Cornwall CRC supervises people on community sentences and licences across the whole peninsula, from Bournemouth and Poole to Plymouth, Exeter and the far end of Cornwall. It has been owned since 2015 by Working Links, which also owns Wales CRC and Bristol, Gloucestershire, Somerset and Wiltshire CRC.</p>
<p>We found a CRC that had been badly let down by its owner\u2019s operating model. Working Links had cut staff numbers deeply, moved to a model in which the least experienced staff held the most complex caseloads, and introduced a system of telephone supervision that left some people on probation unseen for months. Staff were committed, but many were exhausted.</p>
<h2>Overall findings</h2>
<p>The quality of case supervision was poor. Too many assessments were incomplete or out of date, and plans to manage risk were not good enough. In a significant number of cases, we judged that more should have been done to protect children and partners from domestic abuse. Work to support desistance was patchy, and referrals to specialist services were often not followed up.</p>
<p>Unpaid work was better organised, but some people waited too long to start. Through the Gate work was largely a paper exercise: resettlement plans were completed, but little was done to act on them before release.</p>
<h2>Since the inspection</h2>
<p>As this report was being finalised, Working Links entered administration and the Ministry of Justice announced that Seetec would take over the running of its three CRCs. We will look closely at how the new owner tackles the problems set out here.</p>
<h2>Recommendations</h2>
<p>The CRC should reduce caseloads so that staff can supervise people safely, end telephone-only supervision for anyone assessed as posing a risk of harm, and make sure every case involving domestic abuse or child safeguarding concerns has the relevant checks completed.</p>""",
    ratings=crc("Inadequate", "Inadequate", "Requires improvement", "Requires improvement", "Inadequate",
                "Inadequate", "Requires improvement", "Inadequate", "Requires improvement", "Inadequate"),
    gold=dict(
        areas=["Dorset", "Devon and Cornwall", "Wales", "Avon and Somerset", "Gloucestershire", "Wiltshire"], primary_area="Dorset",
        providers=["Dorset Devon and Cornwall CRC", "Working Links", "Seetec", "Wales CRC", "Bristol Gloucestershire Somerset and Wiltshire CRC"],
        must_contain=["a system of telephone supervision that left some people on probation unseen for months",
                      "Through the Gate work was largely a paper exercise",
                      "Seetec would take over the running of its three CRCs",
                      "end telephone-only supervision for anyone assessed as posing a risk of harm"],
        must_not_contain=["An inspection of Bedfordshire, Northamptonshire, Cambridgeshire and Hertfordshire CRC", "1st Floor Civil Justice Centre", "Welsh language scheme"],
    ),
),
dict(
    file="insp-hmp-forest-bank-2021.html", variant="prisons", slug="hmp-forest-bank-3",
    title="Report on an unannounced inspection of HMP Forest Bank", establishment="HMP Forest Bank",
    date="2021-11-09",
    facts=[("Type", "Category B local prison for adult and young adult men"), ("Inspection dates", "26 July\u20136 August 2021")],
    body="""<p>HMP Forest Bank in Salford is one of the largest local prisons in the country, holding more than 1,400 men from the courts of Greater Manchester. It has been run by Sodexo Justice Services since it opened in 2000. This was our first full inspection since the start of the Covid-19 pandemic, during which prisons across the country restricted regimes severely to control infection.</p>
<h2>What we found</h2>
<p>The prison had managed the pandemic well in health terms, with relatively few outbreaks, but the cost to prisoners had been high. At the time of the inspection most men were still spending more than 22 hours a day in their cells. Education, training and work had restarted only for small groups, and many men told us they had had almost nothing to do for more than a year.</p>
<p>Safety outcomes were mixed. The level of recorded violence had fallen during the restrictions, but self-harm had risen, and some men described feeling isolated and anxious. Staff knew the men on their wings and relationships were generally respectful.</p>
<p>Living conditions were reasonable for a prison of this size. Cells were clean and most were in good repair, though many were shared by two men in space designed for one.</p>
<h2>Rehabilitation and release planning</h2>
<p>Release planning had held up better than other work. Prison offender managers and community probation staff kept in touch by telephone and video, and most men left with an address. But the volume of releases was high and there was little time to prepare men serving short sentences.</p>
<h2>Points to note</h2>
<ul>
<li>The prison needed a clear plan to restore a full regime as restrictions eased nationally.</li>
<li>Family visits had resumed, and video calls introduced during the pandemic were popular and should be kept.</li>
</ul>""",
    scores=[("Safety", "Reasonably good"), ("Respect", "Reasonably good"), ("Purposeful activity", "Poor"), ("Rehabilitation and release planning", "Reasonably good")],
    gold=dict(
        areas=["Greater Manchester"], primary_area="Greater Manchester", providers=["Sodexo Justice Services"],
        must_contain=["It has been run by Sodexo Justice Services since it opened in 2000",
                      "most men were still spending more than 22 hours a day in their cells",
                      "video calls introduced during the pandemic were popular",
                      "many were shared by two men in space designed for one"],
        must_not_contain=["Report on an unannounced inspection of HMP Exeter", "Report on an unannounced inspection of HMYOI Feltham A", "10 South Colonnade"],
    ),
),
dict(
    file="insp-norfolk-suffolk-crc-2019.html", variant="probation", slug="nscrc2019",
    title="An inspection of Norfolk and Suffolk Community Rehabilitation Company",
    date="2019-07-16", itype="CRC inspection", overall="Requires improvement",
    facts=[("Fieldwork", "March and April 2019")],
    body="""<p>Norfolk and Suffolk CRC supervises around 5,000 people across two largely rural counties, with offices in Norwich, Great Yarmouth, King\u2019s Lynn, Ipswich, Lowestoft and Bury St Edmunds. It is one of six CRCs owned by Sodexo Justice Services, which works with Nacro as a partner in delivering services.</p>
<h2>Overall findings</h2>
<p>The CRC was stable and well led at a local level. Senior leaders had a good understanding of the area and had built useful partnerships with the police and local councils, and staff spoke positively about their managers. Rural travel was a real barrier for many people, and the CRC had responded by offering appointments in libraries and community centres in market towns.</p>
<p>Case supervision was less strong. Assessments of risk of harm were often too brief, and in about a third of the cases we examined there were gaps in the work to keep others safe. Staff were not always aware of the details of previous offences, and some did not make the expected checks with children\u2019s services.</p>
<p>Unpaid work was well managed, with a good range of projects and a waiting list that had recently come down. The Through the Gate service for men leaving HMP Norwich was better than we usually see: resettlement workers met most men well before release and helped a good proportion to find somewhere to live.</p>
<h2>Recommendations</h2>
<p>The CRC should improve the quality of risk assessment and planning, make sure staff have access to relevant information about previous convictions, and complete safeguarding checks in every case where children may be at risk.</p>""",
    ratings=crc("Good", "Requires improvement", "Good", "Good", "Requires improvement",
                "Requires improvement", "Requires improvement", "Requires improvement", "Good", "Good"),
    gold=dict(
        areas=["Norfolk", "Suffolk"], primary_area="Norfolk",
        providers=["Norfolk and Suffolk CRC", "Sodexo Justice Services", "Nacro"],
        must_contain=["offering appointments in libraries and community centres in market towns",
                      "in about a third of the cases we examined there were gaps in the work to keep others safe",
                      "The Through the Gate service for men leaving HMP Norwich was better than we usually see",
                      "It is one of six CRCs owned by Sodexo Justice Services"],
        must_not_contain=["An inspection of probation services in: Wakefield PDU", "An inspection of youth offending services in Cardiff", "How we rate"],
    ),
),
dict(
    file="insp-swansea-npt-pdu-2022.html", variant="probation", slug="swanseanptpdu2022",
    title="An inspection of probation services in: Swansea, Neath Port Talbot PDU",
    date="2022-10-04", itype="Probation Delivery Unit inspection", overall="Requires improvement",
    facts=[("Region", "Wales"), ("Fieldwork", "June 2022")],
    body="""<p>Swansea, Neath Port Talbot PDU is part of the Probation Service in Wales. It supervises people living in the two council areas, many of whom are released from HMP Swansea and HMP Parc. Wales was the first part of the country to return all offender management to public hands, in December 2019, so the PDU has had longer than most to settle into the unified model.</p>
<h2>Overall findings</h2>
<p>Leaders in the PDU were visible and well regarded, and had a realistic view of the pressures they faced. The biggest of these was staffing. A large number of probation officer posts were vacant or filled by trainees, and experienced staff were carrying heavy caseloads while also supporting new colleagues.</p>
<p>Partnership working was a strength. The PDU had close links with local substance misuse services, with housing teams in both councils and with the police, and the integrated offender management arrangements were well established. Staff valued the training they received, though many said they had little time to use it.</p>
<p>The quality of case supervision was mixed. Assessments of the factors linked to offending were generally good, but work to assess and manage the risk of harm did not consistently meet the standard we expect. Domestic abuse checks had not been completed in a worrying number of cases, and plans were not always reviewed when circumstances changed.</p>
<h2>Recommendations</h2>
<p>The head of the PDU needs to ensure that domestic abuse and safeguarding enquiries are completed and used in every relevant case. HM Prison and Probation Service should continue to prioritise recruitment in Wales and give the PDU the stable workforce it needs.</p>""",
    ratings=pdu("Good", "Requires improvement", "Good", "Requires improvement",
                "Good", "Requires improvement", "Requires improvement", "Inadequate"),
    gold=dict(
        areas=["South Wales", "Wales"], primary_area="South Wales",
        providers=["Probation Service", "HM Prison and Probation Service"],
        must_contain=["many of whom are released from HMP Swansea and HMP Parc",
                      "experienced staff were carrying heavy caseloads while also supporting new colleagues",
                      "Domestic abuse checks had not been completed in a worrying number of cases",
                      "the integrated offender management arrangements were well established"],
        must_not_contain=["An inspection of youth offending services in Cardiff", "How we rate", "Manchester M3 3FX"],
    ),
),
dict(
    file="insp-gloucestershire-yjs-2023.html", variant="probation", slug="gloucestershireyjs2023",
    title="An inspection of youth justice services in Gloucestershire",
    date="2023-08-22", itype="Youth justice service inspection", overall="Good",
    facts=[("Fieldwork", "May 2023")],
    ratings=[("Governance and leadership", "Good"), ("Staff", "Outstanding"), ("Partnerships and services", "Good"),
             ("Information and facilities", "Good"), ("Court disposals", "Good"), ("Out-of-court disposals", "Good"),
             ("Resettlement policy and provision", "Requires improvement")],
    body="""<p>Gloucestershire\u2019s youth justice service works with children who have offended or are at risk of offending across the county, from Gloucester and Cheltenham to the Forest of Dean and the Cotswolds. Like other services, it is working with far fewer children than a decade ago, and those it does work with often have complex needs: many are known to children\u2019s social care, and a growing number have been exploited by adults involved in drug supply.</p>
<h2>Overall findings</h2>
<p>The service is well led. The management board includes senior representatives from the council, the police, health services and education, and members understand the children the service works with. Staff are skilled and committed, and spoke highly of the training and supervision they receive. A probation officer seconded from the Probation Service sits in the team and makes sure that young people approaching eighteen move across to adult services smoothly.</p>
<p>Work with children on court orders was good. Assessments were thorough and took account of each child\u2019s experience of trauma, and plans were written with children and their families rather than for them. Staff worked creatively to keep children in education, including arranging tuition for those excluded from school.</p>
<p>The service\u2019s approach to out-of-court work was also strong, with a clear joint decision-making panel and a good range of interventions. Resettlement policy for the small number of children leaving custody was less well developed, and accommodation for those released was not always confirmed in advance.</p>
<h2>Recommendations</h2>
<p>The board should make sure that every child leaving custody has suitable accommodation agreed before release, and should review how it identifies children at risk of exploitation at an earlier stage.</p>""",
    gold=dict(
        areas=["Gloucestershire"], primary_area="Gloucestershire", providers=["Probation Service"],
        must_contain=["from Gloucester and Cheltenham to the Forest of Dean",
                      "plans were written with children and their families rather than for them",
                      "A probation officer seconded from the Probation Service sits in the team",
                      "accommodation for those released was not always confirmed in advance"],
        must_not_contain=["An inspection of Staffordshire and West Midlands Community Rehabilitation Company", "Freedom of information", "Outstanding, Good, Requires improvement or Inadequate"],
    ),
),
dict(
    file="insp-hmp-bullingdon-2025.html", variant="prisons", slug="hmp-bullingdon-4",
    title="Report on an unannounced inspection of HMP Bullingdon", establishment="HMP Bullingdon",
    date="2025-06-10",
    facts=[("Type", "Category B local and category C training prison for adult men"), ("Inspection dates", "20\u201331 January 2025")],
    body="""<p>HMP Bullingdon, near Bicester in Oxfordshire, holds around 1,100 men. As a local prison it receives men from the courts of Oxford, Reading, High Wycombe and Aylesbury, and it also holds sentenced men serving longer terms. Like most of the adult male estate, it has been operating close to full capacity, and in the autumn it released several hundred men early under the changes to automatic release points.</p>
<h2>What we found</h2>
<p>Drugs were the most serious problem. Almost half of the men responding to our survey told us drugs were readily available, and the positive rate in random testing was among the highest we have recorded. Drones had been seen over the prison on many occasions, and the perimeter netting needed repair. Much of the violence, debt and self-harm we saw was linked to the drug trade.</p>
<p>Staff had worked hard to keep the prison running, but many were new, and officers on several wings told us they did not feel confident dealing with incidents. Men spent too long locked in their cells, and only about half were in any education, training or work.</p>
<p>Some aspects of the prison were better. The incentivised substance-free living unit was calm and well run, and the men on it described real progress in their recovery. Health care was reasonably good, and the prison had improved its support for men with neurodivergent conditions.</p>
<h2>Rehabilitation and release planning</h2>
<p>The high volume of releases, including those brought forward by the early release scheme, put the offender management unit under strain. Most men left with an address, but too many of these were temporary, and links with community probation teams were inconsistent. HM Prison and Probation Service should make sure the prison has the staff it needs to plan releases properly.</p>""",
    scores=[("Safety", "Poor"), ("Respect", "Not sufficiently good"), ("Purposeful activity", "Poor"), ("Preparation for release", "Not sufficiently good")],
    gold=dict(
        areas=["Thames Valley"], primary_area="Thames Valley", providers=["HM Prison and Probation Service"],
        must_contain=["receives men from the courts of Oxford, Reading, High Wycombe and Aylesbury",
                      "Drones had been seen over the prison on many occasions",
                      "The incentivised substance-free living unit was calm and well run",
                      "only about half were in any education, training or work"],
        must_not_contain=["Report on an unannounced inspection of HMP Altcourse", "Canary Wharf, London E14 4PU", "Our expectations"],
    ),
),
]
