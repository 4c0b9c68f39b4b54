"""Articles for the `report-` family (The Alderbrook Institute). Original
text; the institute and its authors are fictional. The article text is the
summary plus the key findings; author biographies, citation line, related
publications and events are page furniture."""

PAGES = [
dict(
    file="report-women-short-sentences.html", slug="short-but-not-sweet",
    title="Short but not sweet: women, short sentences and the case for community alternatives",
    subtitle="Three years after the Corston report, most women entering prison still serve less than six months.",
    rtype="Research report", date="2010-11-16", pages=48, size="1.8MB",
    authors=[("Dr Anna Whitcombe", "is a senior research fellow at the Alderbrook Institute. She previously managed resettlement services for Nacro in Manchester."),
             ("Joseph Okoro", "is a research officer at the Institute.")],
    body="""<p>In 2007 Baroness Corston\u2019s review of women with particular vulnerabilities in the criminal justice system called for a radical change in the way women are dealt with, including a sharp reduction in the use of custody and a network of community centres where women could get help with the problems that lie behind their offending.</p>
<p>This report looks at what has happened since. Drawing on published statistics, interviews with 46 women in two prisons and discussions with staff in five women\u2019s centres, we find that the number of women in prison has barely moved, and that most women sent to prison still serve short sentences for non-violent offences such as shoplifting.</p>
<p>We interviewed women at HMP Holloway in London and HMP Styal in Cheshire. Almost all had been victims of violence or abuse, more than half had children under 18, and many had lost their homes as a result of short periods in custody. Several said that the sentence had been the point at which everything else fell apart.</p>
<p>Women\u2019s centres funded after Corston, including those run by Together Women in Yorkshire and the North West, have shown what community provision can achieve. But much of the money that supported them runs out next spring, and no replacement has been announced. Women in Prison, which has supported women in and after custody since 1983, told us that some centres were already cutting services.</p>""",
    findings=["Most women sentenced to immediate custody receive sentences of six months or less.",
              "A short sentence frequently costs a woman her tenancy, and sometimes the care of her children.",
              "Women\u2019s centres report high engagement, but their funding is short-term and fragmented.",
              "Courts need confidence that community options exist locally before they will use them instead of custody."],
    gold=dict(
        areas=["London", "Cheshire", "Yorkshire and the Humber", "North West"], primary_area=None,
        providers=["Together Women", "Women in Prison"],
        must_contain=["interviews with 46 women in two prisons",
                      "We interviewed women at HMP Holloway in London and HMP Styal in Cheshire",
                      "the sentence had been the point at which everything else fell apart",
                      "A short sentence frequently costs a woman her tenancy"],
        must_not_contain=["She previously managed resettlement services for Nacro in Manchester.", "Serco, Sodexo and the private prison market", "18 Bride Lane, London EC4Y 8EE"],
    ),
),
dict(
    file="report-three-jurisdictions.html", slug="three-jurisdictions-one-problem",
    title="Three jurisdictions, one problem: community sentences in Scotland, Northern Ireland and England and Wales",
    subtitle="What probation in England and Wales could learn from its nearest neighbours.",
    rtype="Comparative study", date="2017-11-16", pages=62, size="2.3MB",
    authors=[("Professor Iain Drummond", "is a visiting professor at the University of Stirling and a former criminal justice social worker."),
             ("Dr Siobhan McCartan", "is a lecturer in criminology at Ulster University.")],
    body="""<p>The three criminal justice systems of the United Kingdom have taken strikingly different routes with community sentences over the last decade. Scotland and Northern Ireland have kept supervision in the public sector. England and Wales, since 2015, have divided it between the National Probation Service and 21 community rehabilitation companies owned by private and voluntary sector consortia.</p>
<p>In Scotland, community sentences are supervised by criminal justice social work teams employed by local councils. Since 2011 the main community sentence has been the Community Payback Order, which combines unpaid work with supervision and other requirements, and the law contains a presumption against prison sentences of three months or less. The Scottish Government has said it intends to extend that presumption to twelve months.</p>
<p>In Northern Ireland, the Probation Board for Northern Ireland, a single public body, has been responsible for probation since 1982. Its small size and stable structure have allowed close partnerships with the police, health and social care, and the voluntary sector, and its staff are qualified social workers.</p>
<p>We compared sentencing data, reconviction measures and the experience of practitioners in all three jurisdictions. Direct comparison of reoffending rates is not possible, because each system counts differently. But the contrast in stability is striking: practitioners in Scotland and Northern Ireland described organisations that had changed little in structure for years, while those in England and Wales described constant reorganisation.</p>""",
    findings=["Structural stability in Scotland and Northern Ireland has allowed long-term partnerships that England and Wales have struggled to sustain.",
              "Scotland\u2019s presumption against short sentences has not on its own reduced the use of short custody as much as hoped.",
              "Northern Ireland\u2019s single probation body shows the value of one organisation holding a case from court to the end of supervision.",
              "Each jurisdiction would benefit from common, comparable measures of reoffending."],
    gold=dict(
        areas=["Scotland", "Northern Ireland", "England", "Wales"], primary_area=None,
        providers=["National Probation Service"],
        must_contain=["Scotland and Northern Ireland have kept supervision in the public sector",
                      "a presumption against prison sentences of three months or less",
                      "the Probation Board for Northern Ireland, a single public body, has been responsible for probation since 1982",
                      "Direct comparison of reoffending rates is not possible"],
        must_not_contain=["is a visiting professor at the University of Stirling", "Probation in Wales after unification", "Roundtable: The future of unpaid work"],
    ),
),
dict(
    file="report-after-transforming-rehabilitation.html", slug="after-transforming-rehabilitation",
    title="After Transforming Rehabilitation: lessons for the next probation model",
    subtitle="Why the part-privatisation of probation fell short, and what the unified service must get right.",
    rtype="Policy report", date="2019-09-24", pages=54, size="2.0MB",
    authors=[("Dr Sarah Lindqvist", "leads the Institute\u2019s probation programme. Before joining the Institute she was a senior probation officer in Essex."),
             ("Mark Tennant", "is an associate fellow and a former finance director of a probation trust.")],
    body="""<p>In May 2019 the government announced that the offender management work of the 21 community rehabilitation companies would return to the public sector, bringing the central experiment of Transforming Rehabilitation to an end after barely four and a half years. This report asks what went wrong, and what the unified service should learn.</p>
<p>The CRCs were sold in 2015 to eight owners: Sodexo Justice Services, Purple Futures (led by Interserve), MTCnovo, Working Links, Seetec, Achieving Real Change in Communities, the Reducing Reoffending Partnership and PeoplePlus. Their contracts assumed volumes of work that never arrived, because courts made fewer community orders than forecast. According to the National Audit Office, the Ministry of Justice ended up committed to paying the CRCs far more than the original contracts envisaged, while the quality of supervision fell.</p>
<p>Performance varied. London CRC, owned by MTCnovo, struggled with very high caseloads and was criticised by inspectors. Warwickshire and West Mercia CRC, owned by PeoplePlus, was one of several smaller CRCs where staff described steadier local management. Staff across the country told us that the quality of their work depended less on who owned the CRC than on local leadership and on caseloads.</p>
<p>Through the Gate, the resettlement service that CRCs delivered in prisons, was the clearest disappointment. It was meant to connect people with housing, work and treatment before release. In practice it often amounted to a form filled in during the last weeks of a sentence.</p>
<p>The split with the National Probation Service also created friction: cases moved between organisations when risk changed, and information did not always move with them.</p>""",
    findings=["The payment model made CRC finances depend on volumes outside their control.",
              "Telephone supervision and high caseloads became normal for low-risk cases.",
              "Through the Gate rarely changed outcomes for people leaving short sentences.",
              "The unified service must keep what worked: local partnerships, women\u2019s services and strong unpaid work schemes."],
    gold=dict(
        areas=["London", "Warwickshire", "West Mercia"], primary_area=None,
        providers=["Sodexo Justice Services", "Purple Futures", "Interserve", "MTCnovo", "Working Links", "Seetec",
                   "Achieving Real Change in Communities", "Reducing Reoffending Partnership", "PeoplePlus",
                   "London CRC", "Warwickshire and West Mercia CRC", "National Probation Service"],
        must_contain=["The CRCs were sold in 2015 to eight owners",
                      "London CRC, owned by MTCnovo, struggled with very high caseloads",
                      "depended less on who owned the CRC than on local leadership",
                      "it often amounted to a form filled in during the last weeks of a sentence"],
        must_not_contain=["she was a senior probation officer in Essex", "Resettlement in Greater Manchester: a case study", "Research in your inbox"],
    ),
),
dict(
    file="report-iom-two-areas.html", slug="iom-in-two-areas",
    title="Integrated offender management in two areas: Avon and Somerset and Greater Manchester",
    subtitle="How police and probation share the work of supervising prolific offenders, and what happens when the partnership frays.",
    rtype="Research report", date="2020-03-03", pages=71, size="2.7MB",
    authors=[("Dr Kwame Asante", "is a research fellow at the Institute. His doctoral research at Sheffield Hallam University examined police culture."),
             ("Laura Penhaligon", "is a research assistant at the Institute.")],
    body="""<p>Integrated offender management brings police, probation and other agencies together to supervise the relatively few people who commit a disproportionate amount of neighbourhood crime, such as burglary and robbery. This study followed IOM teams in two areas over eighteen months.</p>
<p>In Avon and Somerset, IOM teams in Bristol and Taunton bring together police officers, staff from the National Probation Service and from Bristol, Gloucestershire, Somerset and Wiltshire CRC, which Seetec has run since Working Links went into administration in 2019. In Greater Manchester, teams in Salford and Oldham work with Cheshire and Greater Manchester CRC, owned by Purple Futures.</p>
<p>Both areas have a long history of IOM, and in both the best work was impressive: officers and probation staff who knew each person well, could arrange a drug treatment appointment the same day and acted quickly when someone\u2019s behaviour slipped.</p>
<p>But the model had frayed. Many teams had taken on large numbers of people with little history of acquisitive crime, diluting the focus. Changes in CRC staffing meant that probation staff were sometimes withdrawn from co-located offices, and police officers were moved to other duties when demand elsewhere rose. Several practitioners told us that IOM had become a label rather than a way of working.</p>""",
    findings=["IOM works best when a small, clearly defined cohort is supervised by a stable, co-located team.",
              "Cohorts in both areas had grown too broad to be managed intensively.",
              "Co-location of police and probation staff was the single strongest predictor of joint working.",
              "Any refresh of IOM should return the focus to neighbourhood crime."],
    gold=dict(
        areas=["Avon and Somerset", "Gloucestershire", "Wiltshire", "Greater Manchester", "Cheshire"], primary_area=None,
        providers=["National Probation Service", "Bristol Gloucestershire Somerset and Wiltshire CRC", "Seetec", "Working Links",
                   "Cheshire and Greater Manchester CRC", "Purple Futures"],
        must_contain=["IOM teams in Bristol and Taunton",
                      "teams in Salford and Oldham work with Cheshire and Greater Manchester CRC",
                      "could arrange a drug treatment appointment the same day",
                      "IOM had become a label rather than a way of working"],
        must_not_contain=["His doctoral research at Sheffield Hallam University examined police culture.", "Drug treatment in Cornwall\u2019s prisons and beyond", "Launch: Women and remand"],
    ),
),
dict(
    file="report-children-in-custody.html", slug="fewer-older-further-from-home",
    title="Fewer, older, further from home: children in custody 2011\u20132026",
    subtitle="A fifteen-year review of the youth secure estate in England and Wales.",
    rtype="Research report", date="2026-06-09", pages=66, size="3.1MB",
    authors=[("Grace Mbeki", "is a policy fellow at the Institute and a former youth offending team manager in Hackney.")],
    body="""<p>Fifteen years ago around 2,000 children were held in custody in England and Wales on an average night. Today the figure is well under 500. The fall is one of the most remarkable changes in recent criminal justice history, driven by diversion, by a sharp fall in first-time entrants and by a change in attitudes among police and courts.</p>
<p>The estate has shrunk with it. Hassockfield secure training centre in County Durham, run by Serco, closed in 2015. Medway, run by G4S until 2016, closed in 2020 and its site now houses the first secure school. Rainsbrook in Warwickshire, run by MTC, closed in 2021. Most children in custody are now held in young offender institutions operated by the Youth Custody Service, part of HM Prison and Probation Service, such as HMYOI Werrington in Staffordshire and HMYOI Wetherby in West Yorkshire, or at HMYOI Feltham in London. Others are held at the children\u2019s unit at HMP Parc in Bridgend, which G4S runs.</p>
<p>The children who remain are older, more likely to be held on remand, and more likely to be there for serious violence. A majority have been in care or known to children\u2019s social services. Because there are so few establishments, many are held a long way from home, which makes family contact and resettlement harder.</p>
<p>We reviewed inspection reports, official data and the accounts of 30 practitioners. Conditions have improved in some places, but time out of cell and education hours remain too low in several establishments, and the use of restraint is still too high.</p>""",
    findings=["The number of children in custody has fallen by more than three-quarters since 2011.",
              "Children in custody are older and have more complex needs than a decade ago.",
              "Distance from home is now one of the biggest obstacles to resettlement.",
              "Smaller, local, education-led establishments should replace large institutions as they close."],
    gold=dict(
        areas=["Durham", "Kent", "Warwickshire", "Staffordshire", "West Yorkshire", "London", "South Wales"], primary_area=None,
        providers=["Serco", "G4S", "MTC", "HM Prison and Probation Service"],
        must_contain=["Hassockfield secure training centre in County Durham, run by Serco, closed in 2015",
                      "Rainsbrook in Warwickshire, run by MTC, closed in 2021",
                      "the children\u2019s unit at HMP Parc in Bridgend, which G4S runs",
                      "Distance from home is now one of the biggest obstacles to resettlement"],
        must_not_contain=["a former youth offending team manager in Hackney", "Serco, Sodexo and the private prison market", "Independent research on crime, justice and rehabilitation"],
    ),
),
]
