"""Articles for the `govuk-` family. Original text in the style of
government press releases; quoted officials are fictional."""

PAGES = [
dict(
    file="govuk-serco-tagging-repayment.html", slug="serco-to-repay-685-million-over-electronic-monitoring-contracts",
    doctype="Press release", title="Serco to repay \u00a368.5 million over electronic monitoring contracts",
    lead="Serco has agreed to repay \u00a368.5 million to the taxpayer following the government\u2019s audit of its electronic monitoring contracts.",
    date="2013-12-19", time="07:00", updated="2014-03-12",
    update_note="Added a note on the separate settlement with the other electronic monitoring contractor.",
    orgs=["Ministry of Justice"], content_id="5f1d0a3e-7631-11e4-a3cb-005056011aef", asset="3b9d41e7",
    crumb="Prisons and probation",
    body="""<p>Serco has agreed to repay \u00a368.5 million, excluding VAT, after the audit of electronic monitoring contracts ordered by the Justice Secretary earlier this year found that the company had billed the Ministry for monitoring people who were no longer subject to electronic monitoring.</p>
<p>The audit found charges for people who had been returned to prison, had left the country or, in a small number of cases, had died. In some cases charging continued for months or years after monitoring had ended. The findings were referred to the Serious Fraud Office in July, and its investigation is continuing.</p>
<h2>Changes at Serco</h2>
<p>Serco has carried out what it describes as a corporate renewal programme, including changes to its senior management, and has agreed to greater transparency in its government contracts. The government\u2019s review of Serco\u2019s other contracts with the Ministry of Justice has found no evidence of similar problems.</p>
<h2>G4S</h2>
<p>Discussions with G4S, which also held electronic monitoring contracts and was found to have charged in the same way, are continuing. G4S has not yet agreed to a settlement.</p>
<h2>The future of electronic monitoring</h2>
<p>The existing contracts are due to transfer to a new interim provider in the spring, while a new generation of contracts is procured. The new service is expected to make use of location monitoring through satellite technology for the first time.</p>
<p>A spokesperson for the Ministry of Justice said:</p>
<blockquote><p>This repayment is the result of a thorough audit that uncovered unacceptable practices. The taxpayer must only ever pay for services that have actually been delivered, and we will continue to pursue every penny owed.</p></blockquote>""",
    related=[("Tagging contracts: audit findings referred to Serious Fraud Office", "tagging-contracts-audit-findings-referred"),
             ("Offender Rehabilitation Bill introduced in the House of Lords", "offender-rehabilitation-bill-introduced"),
             ("Probation trusts to be replaced by new national service", "probation-trusts-replaced")],
    gold=dict(
        areas=[], primary_area=None, providers=["Serco", "G4S"],
        must_contain=["billed the Ministry for monitoring people who were no longer subject to electronic monitoring",
                      "The findings were referred to the Serious Fraud Office in July",
                      "G4S has not yet agreed to a settlement",
                      "location monitoring through satellite technology for the first time"],
        must_not_contain=["Is this page useful?", "Accept analytics cookies", "Offender Rehabilitation Bill introduced in the House of Lords"],
    ),
),
dict(
    file="govuk-resettlement-prisons-network.html", slug="network-of-resettlement-prisons-to-support-offenders-through-the-gate",
    doctype="Press release", title="Network of resettlement prisons to support offenders through the gate",
    lead="Most prisoners will spend the last months of their sentence in a prison close to the area they will be released to.",
    date="2014-05-30", time="00:01",
    orgs=["Ministry of Justice", "National Offender Management Service"], content_id="5e0f2b9c-7631-11e4-a3cb-005056011aef", asset="3b9d41e7",
    crumb="Prisons and probation",
    body="""<p>Around 70 prisons across England and Wales will become resettlement prisons, so that most offenders are released from a prison in or close to the area where they will live. The National Offender Management Service has designated the prisons after a review of the estate.</p>
<p>The change is a central part of the Transforming Rehabilitation reforms. From Sunday 1 June, the National Probation Service and 21 Community Rehabilitation Companies will replace the 35 probation trusts. The companies will be responsible for working with offenders before and after release, including a new Through the Gate service that begins work while the offender is still in custody.</p>
<h2>How it will work</h2>
<p>Offenders will be moved to a resettlement prison for at least the final three months of their sentence. There, staff from the Community Rehabilitation Company for their home area will help them with accommodation, employment, finance and debt, and will make sure that they are met at the gate on release. For example, HMP Leeds will serve West Yorkshire, HMP Exeter will serve Devon and Cornwall, and HMP The Mount in Hertfordshire will be among the resettlement prisons for the surrounding counties.</p>
<p>Once the Offender Rehabilitation Act 2014 comes into force, every offender released from a custodial sentence of more than one day will receive at least twelve months of supervision in the community, including those serving sentences of less than twelve months who currently receive none.</p>
<h2>Long-term and high-risk prisoners</h2>
<p>Prisoners serving long sentences, and those who pose a high risk of serious harm, will continue to be held in prisons suited to their security needs for most of their sentence, with resettlement planning led by the National Probation Service.</p>
<p>A National Offender Management Service spokesperson said:</p>
<blockquote><p>Continuity is the key to cutting reoffending. Bringing people closer to home at the end of their sentence means the same organisation can work with them on both sides of the prison wall.</p></blockquote>""",
    related=[("Probation: new structures go live", "probation-new-structures-go-live"),
             ("Bidders shortlisted to run community rehabilitation companies", "bidders-shortlisted-community-rehabilitation-companies"),
             ("New prison in North Wales: site confirmed in Wrexham", "new-prison-in-north-wales-site-confirmed")],
    gold=dict(
        areas=["West Yorkshire", "Devon and Cornwall", "Hertfordshire"], primary_area=None,
        providers=["National Offender Management Service", "National Probation Service"],
        must_contain=["Around 70 prisons across England and Wales will become resettlement prisons",
                      "From Sunday 1 June, the National Probation Service and 21 Community Rehabilitation Companies will replace the 35 probation trusts",
                      "HMP Leeds will serve West Yorkshire",
                      "on both sides of the prison wall"],
        must_not_contain=["New prison in North Wales: site confirmed in Wrexham", "Reject analytics cookies", "Tell us what\u2019s wrong with this page"],
    ),
),
dict(
    file="govuk-prison-drug-tests-psychoactive.html", slug="prison-drug-tests-extended-to-psychoactive-substances",
    doctype="News story", title="Prison drug tests extended to psychoactive substances",
    lead="Mandatory drug tests in prisons will detect synthetic cannabinoids such as spice for the first time.",
    date="2016-08-30", time="09:30",
    orgs=["Ministry of Justice", "National Offender Management Service"], content_id="2a7c4e10-8d1b-4f55-9a61-0c5f3e2d7b81", asset="7c02aa51",
    crumb="Prisons and probation",
    body="""<p>Prisoners in England and Wales will be tested for new psychoactive substances as part of the mandatory drug testing programme from next month, closing a gap that has allowed synthetic cannabinoids to spread through the prison estate undetected.</p>
<p>NPS, which include the synthetic cannabinoids sold under names such as spice and black mamba, have been linked to a rise in violence, self-harm and medical emergencies in prisons. Because standard tests could not detect them, prisoners who used them were rarely caught, and staff had little reliable data on the scale of use.</p>
<h2>What is changing</h2>
<p>The new tests have been developed with forensic specialists and can detect the most commonly used compounds. Prisoners who test positive will face the same sanctions as for other drugs, including the loss of privileges and additional days in custody. The Psychoactive Substances Act 2016, which came into force in May, has also made possession of a psychoactive substance in a custodial institution a criminal offence.</p>
<p>The National Offender Management Service is also training more drug detection dogs able to find psychoactive substances, and is working with the police to target those who smuggle drugs into prisons, including by post and by drone.</p>
<h2>Treatment and support</h2>
<p>Testing will be accompanied by treatment. Prisoners identified as using NPS will be offered support from prison substance misuse services, and probation staff are receiving guidance on NPS use among people leaving custody so that support can continue after release.</p>
<p>A National Offender Management Service spokesperson said:</p>
<blockquote><p>These substances have done real damage in our prisons. Being able to test for them means we can identify who is using them, offer help to those who want it and take action against those who supply them.</p></blockquote>""",
    related=[("Psychoactive Substances Act comes into force", "psychoactive-substances-act-comes-into-force"),
             ("Prison safety and reform white paper", "prison-safety-and-reform"),
             ("Extra officers for ten most challenging prisons", "extra-officers-for-ten-most-challenging-prisons")],
    gold=dict(
        areas=["England", "Wales"], primary_area=None, providers=["National Offender Management Service"],
        must_contain=["closing a gap that has allowed synthetic cannabinoids to spread through the prison estate undetected",
                      "NPS, which include the synthetic cannabinoids sold under names such as spice and black mamba",
                      "probation staff are receiving guidance on NPS use among people leaving custody",
                      "including by post and by drone"],
        must_not_contain=["Extra officers for ten most challenging prisons", "Accept analytics cookies", "Explore the topic"],
    ),
),
dict(
    # No govuk:first-published-at meta: the date is only visible and in JSON-LD.
    file="govuk-female-offender-strategy.html", slug="female-offender-strategy-launched",
    doctype="Press release", title="Female Offender Strategy launched",
    lead="A new approach to women in the justice system, with fewer short prison sentences and more support in the community.",
    date="2018-06-27", time="00:01", no_govuk_dates=True,
    orgs=["Ministry of Justice", "HM Prison and Probation Service"], content_id="9e3b5b1c-1d4f-4b3a-8f1e-6a2f90c4d311", asset="1f6e2d90",
    crumb="Prisons and probation",
    body="""<p>The government has today published its Female Offender Strategy, setting out a new programme of work for female offenders in England and Wales that puts a stronger emphasis on early intervention and on dealing with women\u2019s offending in the community.</p>
<p>Most women in custody are serving short sentences for non-violent offences, and many have experienced domestic abuse, mental health problems or substance misuse. Short sentences can separate mothers from their children and cost women their homes, while doing little to reduce reoffending.</p>
<h2>What the strategy sets out</h2>
<ul>
<li>\u00a35 million, spread over two years, to fund community services for women, including women\u2019s centres.</li>
<li>A pilot of residential women\u2019s centres in at least five sites across England and Wales, offering some women a residential alternative to a custodial sentence.</li>
<li>Work with the police and local partners on early intervention, so that women are diverted into support at the point of arrest where appropriate.</li>
<li>A new approach to women\u2019s prisons, with a focus on improving conditions and links with families.</li>
</ul>
<h2>Learning from existing services</h2>
<p>The strategy draws on the work of women\u2019s centres that already provide holistic support, such as those run by Together Women in Yorkshire, where women can get help with housing, debt, mental health and relationships in one place.</p>
<p>A spokesperson for the Ministry of Justice said:</p>
<blockquote><p>Sending women to prison for a few weeks or months rarely tackles the reasons they offended. This strategy sets out a better approach, one that protects the public and gives women the chance to turn their lives around.</p></blockquote>""",
    related=[("Women\u2019s centres to benefit from new funding", "womens-centres-to-benefit-from-new-funding"),
             ("Education and employment strategy", "education-and-employment-strategy"),
             ("Improvements to Styal prison\u2019s mother and baby unit", "improvements-to-styal-prisons-mother-and-baby-unit")],
    gold=dict(
        areas=["Yorkshire and the Humber"], primary_area=None, providers=["Together Women"],
        must_contain=["to fund community services for women, including women\u2019s centres",
                      "A pilot of residential women\u2019s centres in at least five sites",
                      "such as those run by Together Women in Yorkshire",
                      "Short sentences can separate mothers from their children"],
        must_not_contain=["Improvements to Styal prison\u2019s mother and baby unit", "Is this page useful?", "Cookies on GOV.UK", "HM Prison and Probation Service"],
    ),
),
dict(
    file="govuk-hmp-birmingham-step-in.html", slug="government-steps-in-at-hmp-birmingham",
    doctype="Press release", title="Government steps in at HMP Birmingham",
    lead="HM Prison and Probation Service is taking over the running of HMP Birmingham from G4S with immediate effect.",
    date="2018-08-20", time="12:45", updated="2019-04-01",
    update_note="Added information on the future management of HMP Birmingham.",
    orgs=["Ministry of Justice", "HM Prison and Probation Service"], content_id="c1d2f7a8-44b0-4d0e-9b6d-1f2c7e8a9b03", asset="1f6e2d90",
    crumb="Prisons and probation",
    body="""<p>The Ministry of Justice has today used the step-in provisions of its contract with G4S to take control of HMP Birmingham, following an inspection that found serious failings in safety and decency at the prison.</p>
<p>A new governor from HM Prison and Probation Service has taken charge, supported by a team of experienced managers. Around 30 additional prison officers will be deployed to the prison, and its population will be reduced by 300 places to give staff the space to restore order.</p>
<h2>Background</h2>
<p>HMP Birmingham is a category B local prison holding around 1,200 men. It has been run by G4S since 2011. An inspection earlier this month led the Chief Inspector of Prisons to issue an urgent notification, a process which requires the Secretary of State to respond publicly with an action plan within 28 days.</p>
<p>G4S will continue to hold the contract during the step-in period, and has agreed to cover the costs of the intervention. The step-in will last for an initial period of six months, after which the arrangements will be reviewed.</p>
<h2>What happens next</h2>
<p>The immediate priorities are to reduce violence, to tackle the supply of drugs and to restore basic standards of cleanliness and decency on the wings. The new governor will report regularly to ministers on progress, and the Chief Inspector of Prisons will be invited to return to assess whether conditions have improved.</p>
<p>Staff at the prison, many of whom have worked under extremely difficult conditions, will be supported through the transition. Their terms and conditions of employment are not affected by the step-in.</p>
<h2>Update: April 2019</h2>
<p>Following a review of the step-in period, HMP Birmingham will remain under the control of HM Prison and Probation Service, and the G4S contract for the prison will end by agreement.</p>""",
    related=[("HMP Birmingham: Secretary of State\u2019s response to urgent notification", "hmp-birmingham-response"),
             ("HMP Liverpool: action plan published", "hmp-liverpool-action-plan"),
             ("Ten prisons project to tackle drugs and violence", "ten-prisons-project")],
    gold=dict(
        areas=["West Midlands"], primary_area="West Midlands", providers=["G4S", "HM Prison and Probation Service"],
        must_contain=["used the step-in provisions of its contract with G4S to take control of HMP Birmingham",
                      "its population will be reduced by 300 places",
                      "has agreed to cover the costs of the intervention",
                      "the G4S contract for the prison will end by agreement"],
        must_not_contain=["HMP Liverpool: action plan published", "Added information on the future management of HMP Birmingham.", "Rhestr o Wasanaethau Cymraeg"],
    ),
),
dict(
    file="govuk-hmp-five-wells-opens.html", slug="new-prison-in-wellingborough-welcomes-first-prisoners",
    doctype="News story", title="New prison in Wellingborough welcomes first prisoners",
    lead="HMP Five Wells will hold 1,680 men and is the first of a new generation of prisons designed to cut reoffending.",
    date="2022-02-24", time="10:15", updated="2022-03-07",
    update_note="Corrected the number of workshop places.",
    orgs=["Ministry of Justice", "HM Prison and Probation Service"], content_id="0b8f7e9d-5c3a-4e21-bd41-7a6f2d9c8e55", asset="a4c9e611",
    crumb="Prisons and probation",
    body="""<p>HMP Five Wells in Wellingborough, Northamptonshire, has received its first prisoners. The category C resettlement prison will hold up to 1,680 men when full, making it one of the largest in the country.</p>
<p>The prison has been built on the site of the former HMP Wellingborough, which closed in 2012, and is the first to open under the government\u2019s programme to create 20,000 modern prison places. It is operated by G4S under a contract with HM Prison and Probation Service.</p>
<h2>Designed for rehabilitation</h2>
<p>Five Wells has been designed to help men gain skills and find work on release. It has workshops and classrooms for training in construction, catering and engineering, and a resettlement unit where men in the final months of their sentence can prepare for release. Cells have in-cell telephones and secure laptops so that prisoners can manage their own appointments and stay in touch with families.</p>
<p>The prison has also been built to high environmental standards, with solar panels and heat pumps that will reduce its running costs. Prisoners will arrive in phases over the coming months, so that staff can get used to the new building before it is full.</p>
<h2>What comes next</h2>
<p>A second new prison of the same design, HMP Fosse Way on the site of the former Glen Parva young offender institution in Leicestershire, is due to open next year and will be run by Serco. Further new prisons are planned as part of the programme.</p>""",
    related=[("Plans submitted for new prison next to HMP Gartree", "plans-submitted-new-prison-gartree"),
             ("Prisons strategy white paper", "prisons-strategy-white-paper"),
             ("New jobs boards to help prison leavers into work", "new-jobs-boards-prison-leavers")],
    gold=dict(
        areas=["Northamptonshire", "Leicestershire"], primary_area="Northamptonshire",
        providers=["G4S", "HM Prison and Probation Service", "Serco"],
        must_contain=["HMP Five Wells in Wellingborough, Northamptonshire, has received its first prisoners",
                      "built on the site of the former HMP Wellingborough, which closed in 2012",
                      "in-cell telephones and secure laptops",
                      "will be run by Serco"],
        must_not_contain=["Plans submitted for new prison next to HMP Gartree", "Corrected the number of workshop places.", "Accept analytics cookies"],
    ),
),
dict(
    file="govuk-end-of-custody-supervised-licence.html", slug="measures-to-ease-pressure-on-prison-places",
    doctype="Press release", title="Measures to ease pressure on prison places announced",
    lead="Some lower-level offenders will be released up to 18 days early under strict licence conditions, as more prison places are built.",
    date="2023-10-16", time="15:40", updated="2024-03-19",
    update_note="Updated to reflect the extension of the End of Custody Supervised Licence scheme.",
    orgs=["Ministry of Justice", "HM Prison and Probation Service"], content_id="7f3a2b1c-9e8d-4c6b-a5f4-3e2d1c0b9a87", asset="e1b7c322",
    crumb="Prisons and probation",
    body="""<p>A package of measures to manage pressure on prison places has been announced today, alongside plans to build more places and to change how short sentences are used.</p>
<h2>End of Custody Supervised Licence</h2>
<p>Under the End of Custody Supervised Licence scheme, some prisoners serving sentences for lower-level offences will be released up to 18 days before their automatic release date. They will be subject to strict licence conditions. Probation Service staff will supervise them, and any breach can lead to a return to prison. Some may be required to wear an electronic tag.</p>
<p>Prisoners serving sentences for serious violent offences, sexual offences and terrorism-related offences are excluded from the scheme, as are those assessed as presenting a high risk of harm. Prison governors will be able to block the release of any prisoner who does not meet the criteria.</p>
<h2>Short sentences</h2>
<p>Legislation will be brought forward to introduce a presumption that custodial sentences of twelve months or less are suspended, except where the court finds exceptional circumstances. Evidence shows that short custodial sentences are associated with higher reoffending than community sentences for similar offenders.</p>
<h2>More places</h2>
<p>The measures come alongside the continuing programme to build 20,000 modern prison places, and the use of rapid deployment cells on existing prison sites.</p>
<p>An HM Prison and Probation Service spokesperson said:</p>
<blockquote><p>Probation staff will supervise everyone released under this scheme, and public protection remains our first priority. These are temporary measures while more prison places are built.</p></blockquote>""",
    related=[("Sentencing Bill introduced", "sentencing-bill-introduced"),
             ("Rapid deployment cells completed at HMP Hewell", "rapid-deployment-cells-hmp-hewell"),
             ("Probation officer recruitment passes target", "probation-officer-recruitment")],
    gold=dict(
        areas=[], primary_area=None, providers=["Probation Service", "HM Prison and Probation Service"],
        must_contain=["released up to 18 days before their automatic release date",
                      "Prison governors will be able to block the release of any prisoner",
                      "a presumption that custodial sentences of twelve months or less are suspended",
                      "rapid deployment cells on existing prison sites"],
        must_not_contain=["Rapid deployment cells completed at HMP Hewell", "Updated to reflect the extension of the End of Custody Supervised Licence scheme.", "Reject analytics cookies"],
    ),
),
dict(
    file="govuk-sentencing-review-final-report.html", slug="independent-sentencing-review-publishes-final-report",
    doctype="Press release", title="Independent Sentencing Review publishes final report",
    lead="Review recommends an earned progression model for prisoners and a major expansion of sentences served in the community.",
    date="2025-05-22", time="07:00",
    orgs=["Ministry of Justice"], content_id="3c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e61", asset="c90d4a07",
    crumb="Courts, sentencing and tribunals", crumb_slug="courts-sentencing-tribunals", topic="Sentencing", topic_slug="sentencing",
    body="""<p>The Independent Sentencing Review, commissioned last year to make sure the country never again runs out of prison places, has published its final report. The government will set out its response shortly.</p>
<p>The review found that the prison population had almost doubled over three decades, driven largely by longer sentences and more recalls, and that the system was on course to run out of space again without change. It concluded that building alone could not solve the problem.</p>
<h2>Main recommendations</h2>
<ul>
<li>An earned progression model, under which prisoners who comply with rules and engage with work and education could be released earlier in their sentence, with intensive supervision in the community afterwards. The model draws on the experience of Texas, where a similar approach was introduced alongside investment in treatment.</li>
<li>A presumption against short custodial sentences, with tougher and more visible community sentences in their place.</li>
<li>Greater use of electronic monitoring, including for people released from prison and for those serving community sentences.</li>
<li>Significant investment in the Probation Service, so that it can supervise more people safely.</li>
</ul>
<h2>Probation capacity</h2>
<p>The review was clear that its recommendations depend on a probation service able to deliver them. HM Prison and Probation Service has recruited thousands of trainee probation officers since 2021, but caseloads remain high and many staff are inexperienced.</p>
<p>A spokesperson for the Ministry of Justice said:</p>
<blockquote><p>We thank the review panel for their work. We will never again allow our prisons to run out of space, and we will set out how we intend to respond in the coming weeks.</p></blockquote>""",
    related=[("Early release changes: what you need to know", "early-release-changes-explained"),
             ("Thousands more probation officers recruited", "thousands-more-probation-officers"),
             ("New prison places open at HMP Channings Wood", "new-prison-places-hmp-channings-wood")],
    gold=dict(
        areas=[], primary_area=None, providers=["Probation Service", "HM Prison and Probation Service"],
        must_contain=["commissioned last year to make sure the country never again runs out of prison places",
                      "The model draws on the experience of Texas",
                      "A presumption against short custodial sentences",
                      "has recruited thousands of trainee probation officers since 2021"],
        must_not_contain=["New prison places open at HMP Channings Wood", "Courts, sentencing and tribunals", "Is this page useful?"],
    ),
),
]
