// swift-format-ignore-file
// Generated from BuiltinGuides/*.yaml by CompiledBuiltinGuidesTests: do not edit. After changing a guide, run
//   KEYWORK_UPDATE_GOLDEN=1 swift test --filter CompiledBuiltinGuidesTests
// A guide whose YAML no longer matches its hash here is loaded from the YAML instead (BuiltinGuides.guide).

import KeyworkDiagnostics

extension BuiltinGuides {
    /// The compiled form of the built-in guide `id`, when it was made from YAML with this SHA-256.
    static func compiledGuide(id: String, sourceHash: String) -> Guide? {
        switch (id, sourceHash) {
        case ("detox-planning", "453e4b3c3f15f0efaee3c77bf4aab982f19a88ab3cabbe7bf27ff73f12e58e67"): return guide_detox_planning()
        case ("first-appointment", "971ba1bf8cd49c816fdc4b97877fa047d0aa5a703b1754120106ecd787776587"): return guide_first_appointment()
        case ("induction-group", "4e4fea920849ed36b943a9978b1b223632ef23949040a1fabc121c022636e2f8"): return guide_induction_group()
        case ("tour", "3305c946c5375acda90eee1a7bd9e44f85352df5985b81dc03fb776ccc2e2bbf"): return guide_tour()
        case ("tour-pl", "421b43a1b3c90c581abd976d8df30e85648df97d1dde5640d10a49bb2f2eafe7"): return guide_tour_pl()
        case ("treatment-agreement", "ed602179bf32b6e1e1141049ed177202bcf5a859ad756ff154a216ed45330833"): return guide_treatment_agreement()
        default: return nil
        }
    }

    private static func guide_detox_planning() -> Guide {
        let file = "builtin:detox-planning"
        return Guide(
            formatVersion: 1,
            id: "detox-planning",
            title: "Planning your detox",
            version: "2026-11",
            language: "en",
            mode: .session,
            participants: nil,
            reviewed: GuideDate(year: 2026, month: 11, day: 1),
            reviewBy: GuideDate(year: 2027, month: 11, day: 1),
            sources: [
                "NICE CG52, Drug misuse in over 16s: opioid detoxification (2007)",
                "DHSC, Medicine choices in opioid substitution treatment (2024)",
                "Drug misuse and dependence: UK guidelines on clinical management (2017)",
                "Joseph Rowntree Foundation, Drug user involvement in treatment decisions (Fischer, Jenkins, Bloor, Neale and Berney)",
                "NICE NG197, Shared decision making",
                "IPDAS minimum standards (2013)",
                "Option Grid",
                "SURE test",
            ],
            notice: "An agency's clinical lead must review this guide before real use.",
            screens: [
                Screen(
                    id: "welcome",
                    title: "Planning your detox",
                    when: nil,
                    content: .info(InfoScreen(body: "Today we plan your detox together. A detox means coming off opioids slowly, with help.\n\nNICE guidance on detox (CG52) says the plan should be made and agreed with you.\nSo you have a say in the medicine, the pace and the place.\n\nThere is no rush. You can say no, or say you are not sure.\n\n- Press F2 to note a question at any time.\n- Press F3 if you are *not sure* or do not agree.\n- Press F4 to go back. Your answers are kept.\n")),
                    location: at(file, 23, 5),
                    textHash: "732b943a85a4fddadbc37071e7b0de89e6a3258bf099b5d110ae62b163e10518",
                    fieldLocations: [
                        "": at(file, 23, 5),
                        "body": at(file, 26, 11),
                        "title": at(file, 25, 12),
                    ]
                ),
                Screen(
                    id: "about-detox",
                    title: "How detox works",
                    when: nil,
                    content: .info(InfoScreen(body: "A medicine helps you come off opioids a bit at a time. The dose goes down step by step, at a pace you agree.\n\nNICE guidance on detox (CG52) says:\n- Methadone or buprenorphine is usually the first choice of medicine. Your wishes count, and so does what you take now.\n- Another medicine, lofexidine, may be used in some cases.\n- Detox in the community, while you live at home, is normally offered first.\n- A very fast detox while you are put to sleep must not be offered.\n")),
                    location: at(file, 38, 5),
                    textHash: "b57e1af1b464f9dbcdfa2346e1266806a7543e922f8b5fa8e9e3f14a01cb40d0",
                    fieldLocations: [
                        "": at(file, 38, 5),
                        "body": at(file, 41, 11),
                        "title": at(file, 40, 12),
                    ]
                ),
                Screen(
                    id: "withdrawal-before",
                    title: "Withdrawal",
                    when: nil,
                    content: .multi(MultiScreen(
                        prompt: "Have you been through withdrawal before? What was hardest for you? Pick any that fit.",
                        options: [
                            Option(id: "first-time", label: "I have not been through it before", detail: nil),
                            Option(id: "body", label: "Aches and feeling ill", detail: nil),
                            Option(id: "sleep", label: "Not being able to sleep", detail: nil),
                            Option(id: "mood", label: "Feeling low, on edge or scared", detail: nil),
                            Option(id: "craving", label: "Craving drugs", detail: nil),
                            Option(id: "alone", label: "Being on my own with it", detail: nil),
                            Option(id: "other", label: "Something else", detail: nil),
                        ],
                        min: nil,
                        max: nil
                    )),
                    location: at(file, 50, 5),
                    textHash: "ab24adb716dc6fed447cd442ad20ce5b1e893ffe0653054aca57d6d45424497b",
                    fieldLocations: [
                        "": at(file, 50, 5),
                        "option.alone": at(file, 60, 9),
                        "option.alone.label": at(file, 60, 28),
                        "option.body": at(file, 56, 9),
                        "option.body.label": at(file, 56, 27),
                        "option.craving": at(file, 59, 9),
                        "option.craving.label": at(file, 59, 30),
                        "option.first-time": at(file, 55, 9),
                        "option.first-time.label": at(file, 55, 33),
                        "option.mood": at(file, 58, 9),
                        "option.mood.label": at(file, 58, 27),
                        "option.other": at(file, 61, 9),
                        "option.other.label": at(file, 61, 28),
                        "option.sleep": at(file, 57, 9),
                        "option.sleep.label": at(file, 57, 28),
                        "options": at(file, 55, 7),
                        "prompt": at(file, 53, 13),
                        "title": at(file, 52, 12),
                    ]
                ),
                Screen(
                    id: "withdrawal",
                    title: "What withdrawal is like",
                    when: nil,
                    content: .info(InfoScreen(body: "Withdrawal is what your body and mind go through as the drug leaves your system.\nIt is different for each person. Your keyworker and prescriber will help you through it.\n\nNICE guidance on detox (CG52) says you should be told how long withdrawal lasts and how strong it is.\n\nAsk your keyworker how long it usually lasts with the plan you choose. Ask how strong it is likely to be.\nAsk what to do if it gets too much.\n")),
                    location: at(file, 63, 5),
                    textHash: "0f0a6d9629c4a35350d0cda7ff035814b95c5df6bff072ddd474afcc483dbfa9",
                    fieldLocations: [
                        "": at(file, 63, 5),
                        "body": at(file, 66, 11),
                        "title": at(file, 65, 12),
                    ]
                ),
                Screen(
                    id: "coping",
                    title: "Coping without drugs",
                    when: nil,
                    content: .multi(MultiScreen(
                        prompt: "NICE (CG52) says you should hear about ways to cope that do not use drugs. Which of these might help you?",
                        options: [
                            Option(id: "company", label: "Someone to stay with me", detail: "A friend or family member I trust."),
                            Option(id: "ready-home", label: "Getting my home ready", detail: "Food, drinks and things to do, all in before I start."),
                            Option(id: "contacts", label: "Deleting dealers from my phone", detail: nil),
                            Option(id: "distraction", label: "Things to take my mind off it", detail: "TV, music, games or a walk."),
                            Option(id: "rest", label: "Rest, and a plan for bad nights", detail: nil),
                            Option(id: "groups", label: "Going to a group or mutual aid", detail: nil),
                            Option(id: "call", label: "Knowing who to call when it is hard", detail: nil),
                        ],
                        min: nil,
                        max: nil
                    )),
                    location: at(file, 75, 5),
                    textHash: "ec30488d3ec7494e00a48ceb82826edbd1d768749dcf9864a9f0883c62e555af",
                    fieldLocations: [
                        "": at(file, 75, 5),
                        "option.call": at(file, 86, 9),
                        "option.call.label": at(file, 86, 27),
                        "option.company": at(file, 80, 9),
                        "option.company.detail": at(file, 80, 65),
                        "option.company.label": at(file, 80, 30),
                        "option.contacts": at(file, 82, 9),
                        "option.contacts.label": at(file, 82, 31),
                        "option.distraction": at(file, 83, 9),
                        "option.distraction.detail": at(file, 83, 75),
                        "option.distraction.label": at(file, 83, 34),
                        "option.groups": at(file, 85, 9),
                        "option.groups.label": at(file, 85, 29),
                        "option.ready-home": at(file, 81, 9),
                        "option.ready-home.detail": at(file, 81, 66),
                        "option.ready-home.label": at(file, 81, 33),
                        "option.rest": at(file, 84, 9),
                        "option.rest.label": at(file, 84, 27),
                        "options": at(file, 80, 7),
                        "prompt": at(file, 78, 13),
                        "title": at(file, 77, 12),
                    ]
                ),
                Screen(
                    id: "risk-after-detox",
                    title: "Important: the risk of overdose after detox",
                    when: nil,
                    content: .info(InfoScreen(body: "*Please read this part carefully. It could save your life.*\n\nAfter a detox, your body is no longer used to opioids.\nAn amount you used to take could now kill you.\n\nNICE guidance on detox (CG52) says this brings a risk of overdose and death.\nThe risk is higher if you also take alcohol or benzodiazepines.\n\nThis is not about expecting you to fail. We want you to be safe, whatever happens.\n\nYour keyworker will go through ways to stay safer. They will go into your plan.\n")),
                    location: at(file, 88, 5),
                    textHash: "b1d2ac1b1032d727f242905f07b258c1ecc9affd684138739c06873bb437a387",
                    fieldLocations: [
                        "": at(file, 88, 5),
                        "body": at(file, 91, 11),
                        "title": at(file, 90, 12),
                    ]
                ),
                Screen(
                    id: "naloxone",
                    title: "Naloxone",
                    when: nil,
                    content: .info(InfoScreen(body: "Naloxone is an emergency medicine for an opioid overdose.\n\nSince 1 October 2015, drug services in England can give out naloxone without a prescription.\n\nAsk your keyworker for a kit. Ask them to show you how to use it, and what else to do in an emergency.\nSomeone close to you may be able to have a kit too. Ask about this.\n")),
                    location: at(file, 104, 5),
                    textHash: "00cdf3f6dcdc337582790d46f968a35f1ef3df3152026ebb0d9229953052dc35",
                    fieldLocations: [
                        "": at(file, 104, 5),
                        "body": at(file, 107, 11),
                        "title": at(file, 106, 12),
                    ]
                ),
                Screen(
                    id: "naloxone-kit",
                    title: "A naloxone kit",
                    when: nil,
                    content: .choice(ChoiceScreen(
                        prompt: "Would you like a naloxone kit?",
                        options: [
                            Option(id: "yes-today", label: "Yes, please", detail: nil),
                            Option(id: "have-one", label: "I already have one", detail: nil),
                            Option(id: "not-now", label: "Not now", detail: nil),
                            Option(id: "not-sure", label: "I am not sure yet", detail: nil),
                        ],
                        allowOther: false,
                        optional: false
                    )),
                    location: at(file, 115, 5),
                    textHash: "36f2190e749822e7022f5d4a96af115c8a4f6cceb8b7f21bd346838133344f59",
                    fieldLocations: [
                        "": at(file, 115, 5),
                        "option.have-one": at(file, 121, 9),
                        "option.have-one.label": at(file, 121, 31),
                        "option.not-now": at(file, 122, 9),
                        "option.not-now.label": at(file, 122, 30),
                        "option.not-sure": at(file, 123, 9),
                        "option.not-sure.label": at(file, 123, 31),
                        "option.yes-today": at(file, 120, 9),
                        "option.yes-today.label": at(file, 120, 32),
                        "options": at(file, 120, 7),
                        "prompt": at(file, 118, 13),
                        "title": at(file, 117, 12),
                    ]
                ),
                Screen(
                    id: "aftercare",
                    title: "Support after detox",
                    when: nil,
                    content: .info(InfoScreen(body: "Detox is a start, not the end. NICE guidance on detox (CG52) says you need support to carry on after it.\n\nSupport after detox can mean:\n- keeping on seeing your keyworker;\n- talking support, on your own or in a group;\n- mutual aid groups, run by people who have been there;\n- help with housing, money, work or family.\n\nAsk your keyworker what support there is here.\n")),
                    location: at(file, 125, 5),
                    textHash: "e184d6d94395b3d1f9a32102977c67435d9f67b42ebee043658a9793cc92d5e5",
                    fieldLocations: [
                        "": at(file, 125, 5),
                        "body": at(file, 128, 11),
                        "title": at(file, 127, 12),
                    ]
                ),
                Screen(
                    id: "aftercare-choice",
                    title: "Your support after detox",
                    when: nil,
                    content: .multi(MultiScreen(
                        prompt: "Which kinds of support would you like after detox? Pick any that fit.",
                        options: [
                            Option(id: "keyworker", label: "Keep seeing my keyworker", detail: nil),
                            Option(id: "talking", label: "Talking support", detail: nil),
                            Option(id: "mutual-aid", label: "Mutual aid groups", detail: nil),
                            Option(id: "practical", label: "Help with housing, money or work", detail: nil),
                            Option(id: "family", label: "Support for my family", detail: nil),
                            Option(id: "not-sure", label: "I am not sure yet", detail: nil),
                        ],
                        min: nil,
                        max: nil
                    )),
                    location: at(file, 139, 5),
                    textHash: "51e1a6ea3a0ade84b1d9469a47fac319a5726d7878020be48e3949c9455e9914",
                    fieldLocations: [
                        "": at(file, 139, 5),
                        "option.family": at(file, 148, 9),
                        "option.family.label": at(file, 148, 29),
                        "option.keyworker": at(file, 144, 9),
                        "option.keyworker.label": at(file, 144, 32),
                        "option.mutual-aid": at(file, 146, 9),
                        "option.mutual-aid.label": at(file, 146, 33),
                        "option.not-sure": at(file, 149, 9),
                        "option.not-sure.label": at(file, 149, 31),
                        "option.practical": at(file, 147, 9),
                        "option.practical.label": at(file, 147, 32),
                        "option.talking": at(file, 145, 9),
                        "option.talking.label": at(file, 145, 30),
                        "options": at(file, 144, 7),
                        "prompt": at(file, 142, 13),
                        "title": at(file, 141, 12),
                    ]
                ),
                Screen(
                    id: "medicine",
                    title: "The medicine",
                    when: nil,
                    content: .choice(ChoiceScreen(
                        prompt: "Which medicine would you like to talk about with the prescriber? You decide this together.",
                        options: [
                            Option(id: "methadone", label: "Methadone", detail: "NICE (CG52) says this is a first choice."),
                            Option(id: "buprenorphine", label: "Buprenorphine", detail: "NICE (CG52) says this is a first choice."),
                            Option(id: "lofexidine", label: "Lofexidine", detail: "NICE (CG52) says this may be used in some cases."),
                            Option(id: "not-sure", label: "I am not sure yet", detail: "The prescriber can tell you more about each one."),
                        ],
                        allowOther: false,
                        optional: false
                    )),
                    location: at(file, 151, 5),
                    textHash: "1fc288f2e973c18b98c21d247a7554c3227f6dcbf8cd3afd7789231488a190ea",
                    fieldLocations: [
                        "": at(file, 151, 5),
                        "option.buprenorphine": at(file, 157, 9),
                        "option.buprenorphine.detail": at(file, 157, 59),
                        "option.buprenorphine.label": at(file, 157, 36),
                        "option.lofexidine": at(file, 158, 9),
                        "option.lofexidine.detail": at(file, 158, 53),
                        "option.lofexidine.label": at(file, 158, 33),
                        "option.methadone": at(file, 156, 9),
                        "option.methadone.detail": at(file, 156, 51),
                        "option.methadone.label": at(file, 156, 32),
                        "option.not-sure": at(file, 159, 9),
                        "option.not-sure.detail": at(file, 159, 60),
                        "option.not-sure.label": at(file, 159, 31),
                        "options": at(file, 156, 7),
                        "prompt": at(file, 154, 13),
                        "title": at(file, 153, 12),
                    ]
                ),
                Screen(
                    id: "pace",
                    title: "The pace",
                    when: nil,
                    content: .choice(ChoiceScreen(
                        prompt: "How would you like the pace of your detox to feel?",
                        options: [
                            Option(id: "slower", label: "Slower", detail: "It takes longer, with smaller steps."),
                            Option(id: "quicker", label: "Quicker", detail: "It is over sooner, with bigger steps."),
                            Option(id: "decide-together", label: "I want to talk it through with the prescriber", detail: nil),
                        ],
                        allowOther: true,
                        optional: false
                    )),
                    location: at(file, 161, 5),
                    textHash: "3610c899d18d4ae268a3d949957b37548b72292fb75c6bb0a64db5ac68777320",
                    fieldLocations: [
                        "": at(file, 161, 5),
                        "option.decide-together": at(file, 169, 9),
                        "option.decide-together.label": at(file, 169, 38),
                        "option.quicker": at(file, 168, 9),
                        "option.quicker.detail": at(file, 168, 49),
                        "option.quicker.label": at(file, 168, 30),
                        "option.slower": at(file, 167, 9),
                        "option.slower.detail": at(file, 167, 47),
                        "option.slower.label": at(file, 167, 29),
                        "options": at(file, 167, 7),
                        "prompt": at(file, 164, 13),
                        "title": at(file, 163, 12),
                    ]
                ),
                Screen(
                    id: "pace-ask",
                    title: "About the pace",
                    when: nil,
                    content: .info(InfoScreen(body: "The prescriber will set the steps with you. Ask how long a detox at this pace usually takes here.\n\nYou can ask to change the pace later. Tell your keyworker if it feels too fast or too slow.\n")),
                    location: at(file, 172, 5),
                    textHash: "c960964978c1aa260555f110ce0ef0e4593f7c51b51a2932619dea505c6bb430",
                    fieldLocations: [
                        "": at(file, 172, 5),
                        "body": at(file, 175, 11),
                        "title": at(file, 174, 12),
                    ]
                ),
                Screen(
                    id: "setting",
                    title: "Where to have your detox",
                    when: nil,
                    content: .compare(CompareScreen(
                        prompt: "Here are two places to have a detox. Look at each one. There is no wrong choice.",
                        attributes: [
                            CompareScreen.Attribute(id: "what", label: "What it involves"),
                            CompareScreen.Attribute(id: "attend", label: "How often I attend"),
                            CompareScreen.Attribute(id: "length", label: "How long it lasts"),
                            CompareScreen.Attribute(id: "daily", label: "Day to day"),
                            CompareScreen.Attribute(id: "risks", label: "The main risks"),
                            CompareScreen.Attribute(id: "slip", label: "If I slip"),
                            CompareScreen.Attribute(id: "start", label: "How soon I can start"),
                        ],
                        options: [
                            CompareScreen.Column(
                                id: "community",
                                label: "At home, in the community",
                                values: [
                                    "attend": "Often, so they can check how you are. Ask how often here.",
                                    "daily": "You keep your routine. Some days withdrawal may make this hard.",
                                    "length": "You agree the pace together. Ask how long it usually takes here.",
                                    "risks": "After detox your body is not used to opioids. Using again could kill you (NICE CG52).",
                                    "slip": "Tell your keyworker. You can talk about slowing down or changing the plan.",
                                    "start": "NICE (CG52) says this is normally offered first. Ask about waits here.",
                                    "what": "You live at home. You collect your medicine and see your keyworker and prescriber.",
                                ],
                                pros: [
                                    "You stay near home and family.",
                                    "You can keep your job or caring role.",
                                ],
                                cons: [
                                    "Drugs and old contacts may be close by.",
                                    "You need people around you who help.",
                                ]
                            ),
                            CompareScreen.Column(
                                id: "unit",
                                label: "In a unit or rehab",
                                values: [
                                    "attend": "You live there for the detox. Ask what the place is like.",
                                    "daily": "There is a set routine and rules. You are away from home.",
                                    "length": "Ask your keyworker how long people usually stay.",
                                    "risks": "When you leave, your body is not used to opioids. Using again could kill you (NICE CG52).",
                                    "slip": "Each place has its own rules. Ask what happens there if you use.",
                                    "start": "There may be a wait and forms to fill in. Ask about waits here.",
                                    "what": "You stay in a unit where staff look after you during detox. Some people then go on to a rehab.",
                                ],
                                pros: [
                                    "You are away from drugs and stress.",
                                    "Staff are on hand to help.",
                                ],
                                cons: [
                                    "You are away from home and family.",
                                    "It can be hard to get a place.",
                                ]
                            ),
                        ]
                    )),
                    location: at(file, 180, 5),
                    textHash: "305dbc2b09cbb21c918e6b8e7b89aeb328191e6526f51e3fd6a7bb72a73d57a4",
                    fieldLocations: [
                        "": at(file, 180, 5),
                        "attribute.attend.label": at(file, 186, 29),
                        "attribute.daily.label": at(file, 188, 28),
                        "attribute.length.label": at(file, 187, 29),
                        "attribute.risks.label": at(file, 189, 28),
                        "attribute.slip.label": at(file, 190, 27),
                        "attribute.start.label": at(file, 191, 28),
                        "attribute.what.label": at(file, 185, 27),
                        "option.community": at(file, 193, 9),
                        "option.community.con.1": at(file, 207, 13),
                        "option.community.con.2": at(file, 208, 13),
                        "option.community.label": at(file, 194, 16),
                        "option.community.pro.1": at(file, 204, 13),
                        "option.community.pro.2": at(file, 205, 13),
                        "option.community.value.attend": at(file, 197, 19),
                        "option.community.value.daily": at(file, 199, 18),
                        "option.community.value.length": at(file, 198, 19),
                        "option.community.value.risks": at(file, 200, 18),
                        "option.community.value.slip": at(file, 201, 17),
                        "option.community.value.start": at(file, 202, 18),
                        "option.community.value.what": at(file, 196, 17),
                        "option.unit": at(file, 209, 9),
                        "option.unit.con.1": at(file, 223, 13),
                        "option.unit.con.2": at(file, 224, 13),
                        "option.unit.label": at(file, 210, 16),
                        "option.unit.pro.1": at(file, 220, 13),
                        "option.unit.pro.2": at(file, 221, 13),
                        "option.unit.value.attend": at(file, 213, 19),
                        "option.unit.value.daily": at(file, 215, 18),
                        "option.unit.value.length": at(file, 214, 19),
                        "option.unit.value.risks": at(file, 216, 18),
                        "option.unit.value.slip": at(file, 217, 17),
                        "option.unit.value.start": at(file, 218, 18),
                        "option.unit.value.what": at(file, 212, 17),
                        "options": at(file, 193, 7),
                        "prompt": at(file, 183, 13),
                        "title": at(file, 182, 12),
                    ]
                ),
                Screen(
                    id: "choose",
                    title: "Your choice",
                    when: nil,
                    content: .decision(DecisionScreen(from: "setting", prompt: "Where would you like to have your detox? Say why in your own words. Your keyworker will say what they think too.")),
                    location: at(file, 226, 5),
                    textHash: "dd6b0bbad9b7425826e3c9b68f6cbebe2c1327e76872147b4ae9ee7103ca8d6a",
                    fieldLocations: [
                        "": at(file, 226, 5),
                        "prompt": at(file, 230, 13),
                        "title": at(file, 228, 12),
                    ]
                ),
                Screen(
                    id: "availability",
                    title: "Can it start now?",
                    when: nil,
                    content: .availability(AvailabilityScreen(from: "choose", prompt: "Your keyworker will say if this can start now. If not, you will agree what happens while you wait, and how you will hear about delays.")),
                    location: at(file, 232, 5),
                    textHash: "8858f90e0f6ac9294f2c26c27dc88a7ea1a09bbbf94288be3cdabfb51a1c3b3a",
                    fieldLocations: [
                        "": at(file, 232, 5),
                        "prompt": at(file, 236, 13),
                        "title": at(file, 234, 12),
                    ]
                ),
                Screen(
                    id: "sure",
                    title: "Checking in",
                    when: nil,
                    content: .sure(SureScreen(intro: "Here are four short questions. They check that you feel ready. It is fine to say no.")),
                    location: at(file, 238, 5),
                    textHash: "84857c6626f0130d7b1bac4345b743cf379bff435be686019a67c4832c19d836",
                    fieldLocations: [
                        "": at(file, 238, 5),
                        "intro": at(file, 241, 12),
                        "title": at(file, 240, 12),
                    ]
                ),
                Screen(
                    id: "summary",
                    title: "Before you sign",
                    when: nil,
                    content: .summary(SummaryScreen(intro: "Here is what you chose and said today. Read it through. You can go back and change anything.")),
                    location: at(file, 243, 5),
                    textHash: "c4389f485ad4eab1d37e27286c2b60adb69583175bdc0be87e25ce089aa6d4cf",
                    fieldLocations: [
                        "": at(file, 243, 5),
                        "intro": at(file, 246, 12),
                        "title": at(file, 245, 12),
                    ]
                ),
                Screen(
                    id: "agree",
                    title: "Our detox plan",
                    when: nil,
                    content: .consent(ConsentScreen(
                        intro: "Please read each line. Tick it if you agree. Then you both sign.",
                        statements: [
                            ConsentScreen.Statement(id: "chosen-together", text: "I helped choose the medicine, the pace and the place of my detox.", when: Condition(screen: "choose", test: .isOption("accepted"), location: at(file, 257, 15))),
                            ConsentScreen.Statement(id: "place-instead", text: "We talked about the medicine and the pace together. The place I wanted could not go into my plan now. I know why, and what we agreed instead.", when: Condition(screen: "choose", test: .isOption("not-accepted"), location: at(file, 260, 15))),
                            ConsentScreen.Statement(id: "withdrawal", text: "I know withdrawal can be hard, and I have some ways to cope."),
                            ConsentScreen.Statement(id: "overdose-risk", text: "I know that after detox an amount I used to take could kill me.", required: true),
                            ConsentScreen.Statement(id: "mixing", text: "I know the risk is higher with alcohol or benzodiazepines."),
                            ConsentScreen.Statement(id: "naloxone", text: "I have been offered naloxone and shown where to get it."),
                            ConsentScreen.Statement(id: "aftercare", text: "We have agreed the support I will get after detox."),
                            ConsentScreen.Statement(id: "change", text: "I can ask to slow down or change the plan, at any time."),
                        ],
                        signers: [.client, .keyworker],
                        meanings: [.client: "I agree to this detox plan.", .keyworker: "I explained the choices and the risks, and answered the questions."],
                        revisitAfterDays: 28,
                        requiresSure: true
                    )),
                    location: at(file, 248, 5),
                    textHash: "7ab31ff4cd3104ccf4d68aa4f88da4535add41fa3e596b34258728054c9ba9d3",
                    fieldLocations: [
                        "": at(file, 248, 5),
                        "intro": at(file, 251, 12),
                        "meaning.client": at(file, 269, 15),
                        "meaning.keyworker": at(file, 270, 18),
                        "statement.aftercare": at(file, 265, 31),
                        "statement.change": at(file, 266, 28),
                        "statement.chosen-together": at(file, 256, 15),
                        "statement.mixing": at(file, 263, 28),
                        "statement.naloxone": at(file, 264, 30),
                        "statement.overdose-risk": at(file, 262, 35),
                        "statement.place-instead": at(file, 259, 15),
                        "statement.withdrawal": at(file, 261, 32),
                        "title": at(file, 250, 12),
                    ]
                ),
                Screen(
                    id: "next",
                    title: "What happens next",
                    when: nil,
                    content: .info(InfoScreen(body: "Thank you. That is the end of today's session.\n\nYou will get a copy of what you agreed. It has a short code on it. The code shows that nobody changed the record later.\n\nIf things get hard before your next visit, call the service. Ask your keyworker for the number.\n")),
                    location: at(file, 274, 5),
                    textHash: "e81a155b26160748dd2e5debe48bceb475c3f5fde0a047401c6079af805c791c",
                    fieldLocations: [
                        "": at(file, 274, 5),
                        "body": at(file, 277, 11),
                        "title": at(file, 276, 12),
                    ]
                ),
            ],
            origin: "builtin:detox-planning",
            contentHash: "11a1063513d0a1200b4129508e7500174c061ccb97d64e76ba6f1a3d582de0a0",
            fieldLocations: [
                "": at(file, 4, 1),
                "id": at(file, 5, 5),
                "keywork": at(file, 4, 10),
                "language": at(file, 8, 11),
                "mode": at(file, 9, 7),
                "notice": at(file, 21, 9),
                "review_by": at(file, 11, 12),
                "reviewed": at(file, 10, 11),
                "screens": at(file, 23, 3),
                "sources": at(file, 13, 3),
                "title": at(file, 6, 8),
                "version": at(file, 7, 10),
            ]
        )
    }

    private static func guide_first_appointment() -> Guide {
        let file = "builtin:first-appointment"
        return Guide(
            formatVersion: 1,
            id: "first-appointment",
            title: "Your first appointment",
            version: "2026-11",
            language: "en",
            mode: .session,
            participants: nil,
            reviewed: GuideDate(year: 2026, month: 11, day: 1),
            reviewBy: GuideDate(year: 2027, month: 11, day: 1),
            sources: [
                "NICE CG52, Drug misuse in over 16s: opioid detoxification (2007)",
                "NICE TA114, Methadone and buprenorphine for the management of opioid dependence",
                "DHSC, Medicine choices in opioid substitution treatment (2024)",
                "Drug misuse and dependence: UK guidelines on clinical management (2017)",
                "Joseph Rowntree Foundation, Drug user involvement in treatment decisions (Fischer, Jenkins, Bloor, Neale and Berney)",
                "NICE NG197, Shared decision making",
                "IPDAS minimum standards (2013)",
                "Option Grid",
                "SURE test",
            ],
            notice: "An agency's clinical lead must review this guide before real use.",
            screens: [
                Screen(
                    id: "welcome",
                    title: "Welcome",
                    when: nil,
                    content: .info(InfoScreen(body: "Thank you for coming in today. That can take a lot.\n\nYou and your keyworker will look at this screen together.\nThere is no rush. Nothing moves on until you are ready.\nYou can say no, or say you are not sure. That is fine.\n\n- Press F2 to note a question at any time.\n- Press F3 if you are *not sure* or do not agree.\n- Press F4 to go back. Your answers are kept.\n- Press F10 to stop for now and come back later.\n")),
                    location: at(file, 24, 5),
                    textHash: "52ee929b39af342283424725f1ca88abec22cf6d268d864e54cbb8e511d54d5b",
                    fieldLocations: [
                        "": at(file, 24, 5),
                        "body": at(file, 27, 11),
                        "title": at(file, 26, 12),
                    ]
                ),
                Screen(
                    id: "what-happens",
                    title: "What happens in treatment",
                    when: nil,
                    content: .info(InfoScreen(body: "Treatment is more than a medicine. It is a plan that you and your keyworker make together.\n\n- You meet your keyworker to talk about how things are going.\n- You fill in a short form together at the start, and again at reviews. It asks about drugs, health, work and housing.\n- You agree a plan. You can look at it again later and change it.\n- Some people also get a medicine. A doctor or nurse, called the prescriber, decides this with you.\n\nAsk your keyworker how often you will meet here. Ask who else you will see.\n")),
                    location: at(file, 39, 5),
                    textHash: "2d549b01925d2375f85de175b7c974a2c6422e92c77238370f6f5f8fc148117e",
                    fieldLocations: [
                        "": at(file, 39, 5),
                        "body": at(file, 42, 11),
                        "title": at(file, 41, 12),
                    ]
                ),
                Screen(
                    id: "its-hard",
                    title: "Being honest about treatment",
                    when: nil,
                    content: .info(InfoScreen(body: "Treatment is hard, and parts of it may be tough for you. That is normal. It does not mean you are doing it wrong.\n\nThere may be days when you feel worse before you feel better. There may be rules you do not like.\n\nResearch with people in UK drug services found that many did not say when they disagreed. Some of them then left treatment.\n\nSo please tell us if something is not right for you. You can press F3 on any screen.\nWe would much rather hear it now.\n")),
                    location: at(file, 52, 5),
                    textHash: "79e56c208d0400a70756bfdf95fb4f0738113b44c490226df32c4984000db0be",
                    fieldLocations: [
                        "": at(file, 52, 5),
                        "body": at(file, 55, 11),
                        "title": at(file, 54, 12),
                    ]
                ),
                Screen(
                    id: "goal",
                    title: "What you want",
                    when: nil,
                    content: .choice(ChoiceScreen(
                        prompt: "What would you most like from treatment? There is no wrong answer.",
                        options: [
                            Option(id: "stop", label: "Stop using completely", detail: "Come off drugs, and stay off."),
                            Option(id: "stable", label: "Feel more stable", detail: "Fewer ups and downs. A steadier life."),
                            Option(id: "reduce-harm", label: "Use more safely", detail: "Cut down the harm that drugs do to me."),
                        ],
                        allowOther: true,
                        optional: false
                    )),
                    location: at(file, 65, 5),
                    textHash: "49a73f901007b2113e2e04680fb77f5b1979a4d91ae9e34870ce495c0e30ce80",
                    fieldLocations: [
                        "": at(file, 65, 5),
                        "option.reduce-harm": at(file, 73, 9),
                        "option.reduce-harm.detail": at(file, 73, 59),
                        "option.reduce-harm.label": at(file, 73, 34),
                        "option.stable": at(file, 72, 9),
                        "option.stable.detail": at(file, 72, 55),
                        "option.stable.label": at(file, 72, 29),
                        "option.stop": at(file, 71, 9),
                        "option.stop.detail": at(file, 71, 58),
                        "option.stop.label": at(file, 71, 27),
                        "options": at(file, 71, 7),
                        "prompt": at(file, 68, 13),
                        "title": at(file, 67, 12),
                    ]
                ),
                Screen(
                    id: "stopping",
                    title: "If you want to stop",
                    when: Condition(screen: "goal", test: .isOption("stop"), location: at(file, 78, 11)),
                    content: .info(InfoScreen(body: "Stopping completely is a real goal. We can plan for it together.\n\nOne thing matters a lot. After a detox, your body is no longer used to opioids.\nNICE guidance on detox (CG52) says this brings a risk of overdose and death if you use again.\nThe risk is higher still with alcohol or benzodiazepines.\n\nWe will talk about how to stay safe, whatever happens.\n")),
                    location: at(file, 75, 5),
                    textHash: "4de1ec0fb1899aa458f79316eb89b5c249066ee360d55ede8c99f5437f2c2047",
                    fieldLocations: [
                        "": at(file, 75, 5),
                        "body": at(file, 79, 11),
                        "title": at(file, 77, 12),
                    ]
                ),
                Screen(
                    id: "what-matters",
                    title: "What matters to you",
                    when: nil,
                    content: .multi(MultiScreen(
                        prompt: "Which of these matter most to you? Pick any that fit.",
                        options: [
                            Option(id: "home", label: "Staying near home and family", detail: nil),
                            Option(id: "no-medicine", label: "Not taking a medicine", detail: nil),
                            Option(id: "structure", label: "Having a clear routine", detail: nil),
                            Option(id: "privacy", label: "Not being seen at the chemist", detail: nil),
                            Option(id: "withdrawal", label: "Not going through bad withdrawal", detail: nil),
                            Option(id: "work", label: "Keeping my job or my caring role", detail: nil),
                            Option(id: "pain", label: "Help with pain", detail: nil),
                        ],
                        min: nil,
                        max: nil
                    )),
                    location: at(file, 88, 5),
                    textHash: "7a03f2bfce0dd368d5a894fd3c7eadb872fb0cfebea026dd8988cd4ba247e696",
                    fieldLocations: [
                        "": at(file, 88, 5),
                        "option.home": at(file, 93, 9),
                        "option.home.label": at(file, 93, 27),
                        "option.no-medicine": at(file, 94, 9),
                        "option.no-medicine.label": at(file, 94, 34),
                        "option.pain": at(file, 99, 9),
                        "option.pain.label": at(file, 99, 27),
                        "option.privacy": at(file, 96, 9),
                        "option.privacy.label": at(file, 96, 30),
                        "option.structure": at(file, 95, 9),
                        "option.structure.label": at(file, 95, 32),
                        "option.withdrawal": at(file, 97, 9),
                        "option.withdrawal.label": at(file, 97, 33),
                        "option.work": at(file, 98, 9),
                        "option.work.label": at(file, 98, 27),
                        "options": at(file, 93, 7),
                        "prompt": at(file, 91, 13),
                        "title": at(file, 90, 12),
                    ]
                ),
                Screen(
                    id: "routes",
                    title: "The main ways forward",
                    when: nil,
                    content: .compare(CompareScreen(
                        prompt: "Here are four main kinds of help. Look at each one. Your keyworker can tell you more.",
                        attributes: [
                            CompareScreen.Attribute(id: "what", label: "What it involves"),
                            CompareScreen.Attribute(id: "attend", label: "How often I attend"),
                            CompareScreen.Attribute(id: "length", label: "How long it lasts"),
                            CompareScreen.Attribute(id: "daily", label: "Day to day"),
                            CompareScreen.Attribute(id: "risks", label: "The main risks"),
                            CompareScreen.Attribute(id: "slip", label: "If I slip"),
                            CompareScreen.Attribute(id: "start", label: "How soon I can start"),
                        ],
                        options: [
                            CompareScreen.Column(
                                id: "prescribing",
                                label: "A medicine such as methadone or buprenorphine",
                                values: [
                                    "attend": "At first, you may take it at the chemist each day, with staff watching (NICE TA114). Ask how often you meet your keyworker.",
                                    "daily": "You fit the chemist into your day. You may feel less up and down.",
                                    "length": "You and the prescriber review this together. Ask how long people usually stay on it here.",
                                    "risks": "Overdose is a risk, more so with alcohol or benzodiazepines (NICE CG52). Ask what is safe for you.",
                                    "slip": "Tell your keyworker. Being honest helps you get the right support. Your plan can change.",
                                    "start": "Ask your keyworker about waits here.",
                                    "what": "You take a medicine each day in place of street opioids. You also get support.",
                                ],
                                pros: [
                                    "You do not have to find drugs each day.",
                                    "It can make life feel more steady.",
                                    "NICE (TA114) says both medicines are options, chosen case by case.",
                                ],
                                cons: [
                                    "You go to the chemist often, at least at first.",
                                    "Some people feel they swap one drug for another.",
                                    "It takes time to find the right dose.",
                                ]
                            ),
                            CompareScreen.Column(
                                id: "community-detox",
                                label: "Detox in the community",
                                values: [
                                    "attend": "You see your keyworker and prescriber often. Ask how often here.",
                                    "daily": "You stay at home and keep your routine. Withdrawal can make some days hard.",
                                    "length": "You agree the length together. Ask your keyworker how long it usually takes here.",
                                    "risks": "After detox, your body is not used to opioids. Using again could kill you (NICE CG52).",
                                    "slip": "Tell your keyworker. You can talk about slowing down or trying another way.",
                                    "start": "NICE (CG52) says this is normally offered first. Ask about waits here.",
                                    "what": "You come off opioids slowly with a medicine, while you live at home.",
                                ],
                                pros: [
                                    "You stay near home and family.",
                                    "You can keep your job or caring role.",
                                    "You take part in setting the pace.",
                                ],
                                cons: [
                                    "Drugs and old contacts may be close by.",
                                    "Withdrawal can be hard to cope with at home.",
                                    "You need people around you who help.",
                                ]
                            ),
                            CompareScreen.Column(
                                id: "inpatient",
                                label: "Detox in a unit, or rehab",
                                values: [
                                    "attend": "You live there for a while. Ask your keyworker what the place is like.",
                                    "daily": "There is a set routine with groups and rules. You are away from home.",
                                    "length": "Ask your keyworker how long people usually stay.",
                                    "risks": "When you leave, your body is not used to opioids. Using again could kill you (NICE CG52).",
                                    "slip": "Each place has its own rules. Ask what happens there if you use.",
                                    "start": "There may be a wait and forms to fill in. Ask about waits here.",
                                    "what": "You stay in a unit for detox, or live in a rehab. Staff are on hand.",
                                ],
                                pros: [
                                    "You are away from drugs and stress.",
                                    "Staff are on hand to help.",
                                    "There is a lot of structure.",
                                ],
                                cons: [
                                    "You are away from home and family.",
                                    "The rules can feel strict.",
                                    "It can be hard to get a place.",
                                ]
                            ),
                            CompareScreen.Column(
                                id: "talking",
                                label: "Talking support and mutual aid",
                                values: [
                                    "attend": "Ask your keyworker how often the groups and talks run.",
                                    "daily": "You choose what to go to. There is no medicine to collect.",
                                    "length": "As long as it helps you. You can join alongside any other help.",
                                    "risks": "There is no medicine for withdrawal or cravings. Ask how to stay safer if you still use.",
                                    "slip": "You can keep going. Talk about it with your keyworker or the group.",
                                    "start": "Some groups you can join soon. Ask your keyworker what is near you.",
                                    "what": "You talk with a worker or a group. Mutual aid means groups run by people who have been there.",
                                ],
                                pros: [
                                    "You meet people who understand.",
                                    "There is no medicine to collect.",
                                    "You can add it to any other help.",
                                ],
                                cons: [
                                    "It does not treat withdrawal.",
                                    "Talking in a group is hard for some people.",
                                    "You need to get yourself there.",
                                ]
                            ),
                        ]
                    )),
                    location: at(file, 101, 5),
                    textHash: "22d1b049d4a9274c932b54aac6467a3221cb5f846c7ed5f03f9bfb294aee3557",
                    fieldLocations: [
                        "": at(file, 101, 5),
                        "attribute.attend.label": at(file, 107, 29),
                        "attribute.daily.label": at(file, 109, 28),
                        "attribute.length.label": at(file, 108, 29),
                        "attribute.risks.label": at(file, 110, 28),
                        "attribute.slip.label": at(file, 111, 27),
                        "attribute.start.label": at(file, 112, 28),
                        "attribute.what.label": at(file, 106, 27),
                        "option.community-detox": at(file, 132, 9),
                        "option.community-detox.con.1": at(file, 147, 13),
                        "option.community-detox.con.2": at(file, 148, 13),
                        "option.community-detox.con.3": at(file, 149, 13),
                        "option.community-detox.label": at(file, 133, 16),
                        "option.community-detox.pro.1": at(file, 143, 13),
                        "option.community-detox.pro.2": at(file, 144, 13),
                        "option.community-detox.pro.3": at(file, 145, 13),
                        "option.community-detox.value.attend": at(file, 136, 19),
                        "option.community-detox.value.daily": at(file, 138, 18),
                        "option.community-detox.value.length": at(file, 137, 19),
                        "option.community-detox.value.risks": at(file, 139, 18),
                        "option.community-detox.value.slip": at(file, 140, 17),
                        "option.community-detox.value.start": at(file, 141, 18),
                        "option.community-detox.value.what": at(file, 135, 17),
                        "option.inpatient": at(file, 150, 9),
                        "option.inpatient.con.1": at(file, 165, 13),
                        "option.inpatient.con.2": at(file, 166, 13),
                        "option.inpatient.con.3": at(file, 167, 13),
                        "option.inpatient.label": at(file, 151, 16),
                        "option.inpatient.pro.1": at(file, 161, 13),
                        "option.inpatient.pro.2": at(file, 162, 13),
                        "option.inpatient.pro.3": at(file, 163, 13),
                        "option.inpatient.value.attend": at(file, 154, 19),
                        "option.inpatient.value.daily": at(file, 156, 18),
                        "option.inpatient.value.length": at(file, 155, 19),
                        "option.inpatient.value.risks": at(file, 157, 18),
                        "option.inpatient.value.slip": at(file, 158, 17),
                        "option.inpatient.value.start": at(file, 159, 18),
                        "option.inpatient.value.what": at(file, 153, 17),
                        "option.prescribing": at(file, 114, 9),
                        "option.prescribing.con.1": at(file, 129, 13),
                        "option.prescribing.con.2": at(file, 130, 13),
                        "option.prescribing.con.3": at(file, 131, 13),
                        "option.prescribing.label": at(file, 115, 16),
                        "option.prescribing.pro.1": at(file, 125, 13),
                        "option.prescribing.pro.2": at(file, 126, 13),
                        "option.prescribing.pro.3": at(file, 127, 13),
                        "option.prescribing.value.attend": at(file, 118, 19),
                        "option.prescribing.value.daily": at(file, 120, 18),
                        "option.prescribing.value.length": at(file, 119, 19),
                        "option.prescribing.value.risks": at(file, 121, 18),
                        "option.prescribing.value.slip": at(file, 122, 17),
                        "option.prescribing.value.start": at(file, 123, 18),
                        "option.prescribing.value.what": at(file, 117, 17),
                        "option.talking": at(file, 168, 9),
                        "option.talking.con.1": at(file, 183, 13),
                        "option.talking.con.2": at(file, 184, 13),
                        "option.talking.con.3": at(file, 185, 13),
                        "option.talking.label": at(file, 169, 16),
                        "option.talking.pro.1": at(file, 179, 13),
                        "option.talking.pro.2": at(file, 180, 13),
                        "option.talking.pro.3": at(file, 181, 13),
                        "option.talking.value.attend": at(file, 172, 19),
                        "option.talking.value.daily": at(file, 174, 18),
                        "option.talking.value.length": at(file, 173, 19),
                        "option.talking.value.risks": at(file, 175, 18),
                        "option.talking.value.slip": at(file, 176, 17),
                        "option.talking.value.start": at(file, 177, 18),
                        "option.talking.value.what": at(file, 171, 17),
                        "options": at(file, 114, 7),
                        "prompt": at(file, 104, 13),
                        "title": at(file, 103, 12),
                    ]
                ),
                Screen(
                    id: "choose",
                    title: "Your choice",
                    when: nil,
                    content: .decision(DecisionScreen(from: "routes", prompt: "Which way feels right for you now? Say why in your own words. Your keyworker will say what they think too.")),
                    location: at(file, 187, 5),
                    textHash: "064c7efb82dcc7e7b8465585061699ad88aa03031bf5068d22995b1c56ee8b63",
                    fieldLocations: [
                        "": at(file, 187, 5),
                        "prompt": at(file, 191, 13),
                        "title": at(file, 189, 12),
                    ]
                ),
                Screen(
                    id: "availability",
                    title: "Can it start now?",
                    when: nil,
                    content: .availability(AvailabilityScreen(from: "choose", prompt: "Your keyworker will say if this can start now. If not, you will agree what happens while you wait, and how you will hear about delays.")),
                    location: at(file, 193, 5),
                    textHash: "8858f90e0f6ac9294f2c26c27dc88a7ea1a09bbbf94288be3cdabfb51a1c3b3a",
                    fieldLocations: [
                        "": at(file, 193, 5),
                        "prompt": at(file, 197, 13),
                        "title": at(file, 195, 12),
                    ]
                ),
                Screen(
                    id: "sure",
                    title: "Checking in",
                    when: nil,
                    content: .sure(SureScreen(intro: "Here are four short questions. They check that you feel ready. It is fine to say no.")),
                    location: at(file, 199, 5),
                    textHash: "84857c6626f0130d7b1bac4345b743cf379bff435be686019a67c4832c19d836",
                    fieldLocations: [
                        "": at(file, 199, 5),
                        "intro": at(file, 202, 12),
                        "title": at(file, 201, 12),
                    ]
                ),
                Screen(
                    id: "summary",
                    title: "Before you sign",
                    when: nil,
                    content: .summary(SummaryScreen(intro: "Here is what you chose and said today. Read it through. You can go back and change anything.")),
                    location: at(file, 204, 5),
                    textHash: "c4389f485ad4eab1d37e27286c2b60adb69583175bdc0be87e25ce089aa6d4cf",
                    fieldLocations: [
                        "": at(file, 204, 5),
                        "intro": at(file, 207, 12),
                        "title": at(file, 206, 12),
                    ]
                ),
                Screen(
                    id: "agree",
                    title: "Our first plan",
                    when: nil,
                    content: .consent(ConsentScreen(
                        intro: "Please read each line. Tick it if you agree. Then you both sign.",
                        statements: [
                            ConsentScreen.Statement(id: "choice", text: "I chose the way forward that feels right for me now.", when: Condition(screen: "choose", test: .isOption("accepted"), location: at(file, 216, 90))),
                            ConsentScreen.Statement(id: "choice-instead", text: "The way I wanted could not go into my plan now. I know why, and what we agreed instead.", when: Condition(screen: "choose", test: .isOption("not-accepted"), location: at(file, 219, 15))),
                            ConsentScreen.Statement(id: "risks", text: "My keyworker told me the main risks, and how to lower them.", required: true),
                            ConsentScreen.Statement(id: "wait", text: "I know what happens while I wait, and how I will hear about delays.", when: Condition(screen: "availability", test: .isOption("not-available"), location: at(file, 223, 15))),
                            ConsentScreen.Statement(id: "speak-up", text: "I can say if something is not right for me, at any time."),
                            ConsentScreen.Statement(id: "keyworker", text: "My keyworker will do what we agreed today."),
                            ConsentScreen.Statement(id: "revisit", text: "We will look at this plan again together, and it can change."),
                        ],
                        signers: [.client, .keyworker],
                        meanings: [.client: "I agree to this first plan.", .keyworker: "I explained the options and the risks, and answered the questions."],
                        revisitAfterDays: 84,
                        requiresSure: true
                    )),
                    location: at(file, 209, 5),
                    textHash: "44f0d430bddc2b716275acf0b2fac7b1f1f5a94ab48a30eb9a7b121fffb73ec9",
                    fieldLocations: [
                        "": at(file, 209, 5),
                        "intro": at(file, 212, 12),
                        "meaning.client": at(file, 229, 15),
                        "meaning.keyworker": at(file, 230, 18),
                        "statement.choice": at(file, 216, 28),
                        "statement.choice-instead": at(file, 218, 15),
                        "statement.keyworker": at(file, 225, 31),
                        "statement.revisit": at(file, 226, 29),
                        "statement.risks": at(file, 220, 27),
                        "statement.speak-up": at(file, 224, 30),
                        "statement.wait": at(file, 222, 15),
                        "title": at(file, 211, 12),
                    ]
                ),
                Screen(
                    id: "next",
                    title: "What happens next",
                    when: nil,
                    content: .info(InfoScreen(body: "Thank you. That is the end of today's session.\n\nYou will get a copy of what you agreed. It has a short code on it. The code shows that nobody changed the record later.\n\nIf you have a question before your next visit, call the service. Ask your keyworker for the number.\n")),
                    location: at(file, 234, 5),
                    textHash: "2047e49ce1acd95b22ff720c706b9847e82ebc140182f5283e840b8b1b2f22b8",
                    fieldLocations: [
                        "": at(file, 234, 5),
                        "body": at(file, 237, 11),
                        "title": at(file, 236, 12),
                    ]
                ),
            ],
            origin: "builtin:first-appointment",
            contentHash: "ae74c7ddeff211cf1f496bc83ddb3cfa158ca104f25061a175b5b722c631607d",
            fieldLocations: [
                "": at(file, 4, 1),
                "id": at(file, 5, 5),
                "keywork": at(file, 4, 10),
                "language": at(file, 8, 11),
                "mode": at(file, 9, 7),
                "notice": at(file, 22, 9),
                "review_by": at(file, 11, 12),
                "reviewed": at(file, 10, 11),
                "screens": at(file, 24, 3),
                "sources": at(file, 13, 3),
                "title": at(file, 6, 8),
                "version": at(file, 7, 10),
            ]
        )
    }

    private static func guide_induction_group() -> Guide {
        let file = "builtin:induction-group"
        return Guide(
            formatVersion: 1,
            id: "induction-group",
            title: "Starting methadone or buprenorphine (group)",
            version: "2026-11",
            language: "en",
            mode: .group,
            participants: .count,
            reviewed: GuideDate(year: 2026, month: 11, day: 1),
            reviewBy: GuideDate(year: 2027, month: 11, day: 1),
            sources: [
                "NICE TA114, Methadone and buprenorphine for the management of opioid dependence",
                "NICE CG52, Drug misuse in over 16s: opioid detoxification (2007)",
                "DHSC, Medicine choices in opioid substitution treatment (2024)",
                "Drug misuse and dependence: UK guidelines on clinical management (2017)",
                "Joseph Rowntree Foundation, Drug user involvement in treatment decisions (Fischer, Jenkins, Bloor, Neale and Berney)",
            ],
            notice: "An agency's clinical lead must review this guide before real use.",
            screens: [
                Screen(
                    id: "welcome",
                    title: "Welcome to the group",
                    when: nil,
                    content: .info(InfoScreen(body: "Welcome. This group is for people who are starting methadone or buprenorphine.\n\nWe will talk about what the first weeks are like, and how to stay safe.\nYou will meet other people who are starting too. You can share what you know.\n\nYou do not have to speak. You can just listen.\nIf you have a question, ask it at any time. The facilitator can note it without your name.\n")),
                    location: at(file, 23, 5),
                    textHash: "0f43c33986683500bd11611e881e96d36da14b2582bd3fcb2b37f2eb6298d5d1",
                    fieldLocations: [
                        "": at(file, 23, 5),
                        "body": at(file, 26, 11),
                        "title": at(file, 25, 12),
                    ]
                ),
                Screen(
                    id: "ground-rules",
                    title: "Our ground rules",
                    when: nil,
                    content: .acknowledge(AcknowledgeScreen(
                        intro: "The facilitator reads each rule out. Then the group says if it agrees. Change a rule if the group wants to.",
                        statements: [
                            ConsentScreen.Statement(id: "private", text: "What people say here stays in this room."),
                            ConsentScreen.Statement(id: "safety-limit", text: "If a child or someone's life may be at risk, staff may have to pass that on."),
                            ConsentScreen.Statement(id: "respect", text: "We treat each other with respect. We do not judge."),
                            ConsentScreen.Statement(id: "one-voice", text: "One person talks at a time."),
                            ConsentScreen.Statement(id: "no-pressure", text: "Nobody has to speak or share."),
                            ConsentScreen.Statement(id: "leave", text: "Anyone can step out for a break."),
                            ConsentScreen.Statement(id: "no-drugs", text: "Nobody sells, swaps or passes on drugs or medicine here."),
                        ],
                        prompt: "How many of the group agree to these rules?"
                    )),
                    location: at(file, 35, 5),
                    textHash: "00c3c69b9a7966d20d4e2533df455d80815ac550d3c381a01dbfcc001135889c",
                    fieldLocations: [
                        "": at(file, 35, 5),
                        "intro": at(file, 38, 12),
                        "prompt": at(file, 47, 13),
                        "statement.leave": at(file, 45, 27),
                        "statement.no-drugs": at(file, 46, 30),
                        "statement.no-pressure": at(file, 44, 33),
                        "statement.one-voice": at(file, 43, 31),
                        "statement.private": at(file, 40, 29),
                        "statement.respect": at(file, 42, 29),
                        "statement.safety-limit": at(file, 41, 34),
                        "title": at(file, 37, 12),
                    ]
                ),
                Screen(
                    id: "first-weeks",
                    title: "The first weeks",
                    when: nil,
                    content: .info(InfoScreen(body: "The first weeks are a time of change. You will see your prescriber and keyworker often.\n\nNICE guidance (TA114) says methadone and buprenorphine are both options. The choice is made with each person.\nThe DHSC guide on medicine choices says the same: you choose your medicine with your prescriber.\nTreatment also comes with support, not just a medicine (NICE TA114).\n\nAsk your keyworker what the first weeks will look like for you here.\n")),
                    location: at(file, 49, 5),
                    textHash: "07250d277b1a7488744fee423087400beae7f433d49720c96b0996e9e8282b41",
                    fieldLocations: [
                        "": at(file, 49, 5),
                        "body": at(file, 52, 11),
                        "title": at(file, 51, 12),
                    ]
                ),
                Screen(
                    id: "dose",
                    title: "Finding the right dose",
                    when: nil,
                    content: .info(InfoScreen(body: "Your prescriber sets your dose with you. The UK clinical guidelines say this is done with care.\nIt can take time to find the dose that is right for you.\n\nTell your prescriber or keyworker how you feel on your dose. This helps them get it right.\n\nEveryone's dose is different. Do not compare yours with other people's.\nAsk your prescriber how your dose will be checked and changed.\n")),
                    location: at(file, 61, 5),
                    textHash: "9cd6ef14b0d45865ac8577999c09c8ca7bd2f76c8af5096757e10c343c72e60e",
                    fieldLocations: [
                        "": at(file, 61, 5),
                        "body": at(file, 64, 11),
                        "title": at(file, 63, 12),
                    ]
                ),
                Screen(
                    id: "chemist",
                    title: "Taking your dose at the chemist",
                    when: nil,
                    content: .info(InfoScreen(body: "You collect your medicine from a chemist. At first, you take it there while the pharmacist watches.\n\nNICE guidance (TA114) says: every day, for at least the first 3 months, where it is right for you.\n\nAsk your keyworker which chemist you will use, and what times it is open for you.\n")),
                    location: at(file, 73, 5),
                    textHash: "26bc238d35f19cc38b259dd23f9664ec7842f1fef7e613832ae4c7cd48bbe731",
                    fieldLocations: [
                        "": at(file, 73, 5),
                        "body": at(file, 76, 11),
                        "title": at(file, 75, 12),
                    ]
                ),
                Screen(
                    id: "missed",
                    title: "If you miss a dose",
                    when: nil,
                    content: .info(InfoScreen(body: "Life gets in the way sometimes. If you miss a dose, or think you will, tell the chemist and your keyworker.\n\nEach service has its own rule about missed doses. Ask your keyworker what the rule is here.\nAsk what to do if you miss one.\n")),
                    location: at(file, 83, 5),
                    textHash: "dd25f47c8ec48d2f77e4f5d368f13009b3f2913978f6dccb7e0083a9299614a4",
                    fieldLocations: [
                        "": at(file, 83, 5),
                        "body": at(file, 86, 11),
                        "title": at(file, 85, 12),
                    ]
                ),
                Screen(
                    id: "side-effects",
                    title: "Side effects",
                    when: nil,
                    content: .info(InfoScreen(body: "All medicines can have side effects. People feel them in different ways.\n\nAsk your prescriber or the pharmacist what to look out for with your medicine.\nTell them about anything that worries you. They would rather know.\n")),
                    location: at(file, 92, 5),
                    textHash: "e43c06e339b71b054d564d35830ff0d51b9504f324a042354bc57f8ab31321e4",
                    fieldLocations: [
                        "": at(file, 92, 5),
                        "body": at(file, 95, 11),
                        "title": at(file, 94, 12),
                    ]
                ),
                Screen(
                    id: "overdose",
                    title: "Overdose and mixing drugs",
                    when: nil,
                    content: .info(InfoScreen(body: "*This part is about staying alive. Please listen carefully.*\n\nMixing other drugs with your medicine is risky.\nNICE guidance (CG52) warns that alcohol and benzodiazepines make overdose and death more likely.\n\nAfter a detox, your body is no longer used to opioids (NICE CG52). The same is true after time in prison.\nAn amount you used to take could then kill you.\n\nAsk your keyworker which mixes are most risky, and how to stay safer.\n")),
                    location: at(file, 101, 5),
                    textHash: "abedf268e9a0b034c58a278de9ff86e381133ca6cc8cc2c1cb6aceea0ad8e554",
                    fieldLocations: [
                        "": at(file, 101, 5),
                        "body": at(file, 104, 11),
                        "title": at(file, 103, 12),
                    ]
                ),
                Screen(
                    id: "naloxone",
                    title: "Naloxone",
                    when: nil,
                    content: .info(InfoScreen(body: "Naloxone is an emergency medicine for an opioid overdose.\n\nSince 1 October 2015, drug services in England can give out naloxone without a prescription.\nThe UK clinical guidelines say services should help people at risk get it.\n\nAsk your keyworker for a kit, and to show you how to use it.\nSomeone close to you may be able to have a kit too.\n")),
                    location: at(file, 115, 5),
                    textHash: "3aa01f036609ea7a0b28b69eb53fc7091f2abb30e567906b0159dbf27f638eea",
                    fieldLocations: [
                        "": at(file, 115, 5),
                        "body": at(file, 118, 11),
                        "title": at(file, 117, 12),
                    ]
                ),
                Screen(
                    id: "topics",
                    title: "What shall we talk about?",
                    when: nil,
                    content: .multi(MultiScreen(
                        prompt: "Which of these would the group like to talk about? Pick any.",
                        options: [
                            Option(id: "withdrawal", label: "Fear of withdrawal", detail: nil),
                            Option(id: "dose", label: "Getting the dose right", detail: nil),
                            Option(id: "chemist", label: "Going to the chemist each day", detail: nil),
                            Option(id: "seen", label: "Being seen at the chemist", detail: nil),
                            Option(id: "swapping", label: "Feeling like I am swapping one drug for another", detail: nil),
                            Option(id: "side-effects", label: "Side effects", detail: nil),
                            Option(id: "family", label: "Family, work and day to day life", detail: nil),
                        ],
                        min: nil,
                        max: nil
                    )),
                    location: at(file, 127, 5),
                    textHash: "c06d6c98c8907ea0313805c4d81421a9e7cb04c18f48f9a03567bd37ef83b16a",
                    fieldLocations: [
                        "": at(file, 127, 5),
                        "option.chemist": at(file, 134, 9),
                        "option.chemist.label": at(file, 134, 30),
                        "option.dose": at(file, 133, 9),
                        "option.dose.label": at(file, 133, 27),
                        "option.family": at(file, 138, 9),
                        "option.family.label": at(file, 138, 29),
                        "option.seen": at(file, 135, 9),
                        "option.seen.label": at(file, 135, 27),
                        "option.side-effects": at(file, 137, 9),
                        "option.side-effects.label": at(file, 137, 35),
                        "option.swapping": at(file, 136, 9),
                        "option.swapping.label": at(file, 136, 31),
                        "option.withdrawal": at(file, 132, 9),
                        "option.withdrawal.label": at(file, 132, 33),
                        "options": at(file, 132, 7),
                        "prompt": at(file, 130, 13),
                        "title": at(file, 129, 12),
                    ]
                ),
                Screen(
                    id: "talk-hopes",
                    title: "Let's talk: hopes and worries",
                    when: nil,
                    content: .info(InfoScreen(body: "Here are some questions to talk about. Answer only if you want to.\n\n- What are you hoping for in the first weeks?\n- What worries you most about starting?\n- What might get in the way of getting to the chemist?\n- Who can you turn to on a hard day?\n")),
                    location: at(file, 140, 5),
                    textHash: "2d883075fa07ece033c684f9957583b34ca70a789512bb91e56c4d02494b4244",
                    fieldLocations: [
                        "": at(file, 140, 5),
                        "body": at(file, 143, 11),
                        "title": at(file, 142, 12),
                    ]
                ),
                Screen(
                    id: "talk-safety",
                    title: "Let's talk: staying safe",
                    when: nil,
                    content: .info(InfoScreen(body: "Some more questions to talk about. Answer only if you want to.\n\n- What would you do if someone near you overdosed?\n- How would you tell the chemist that you missed a dose?\n- What helps you stay away from mixing drugs?\n- What has helped you before, when things were hard?\n")),
                    location: at(file, 151, 5),
                    textHash: "690940333a45350da33fe8116e694dd957117ecf78ceb855324f3948d7c8cac7",
                    fieldLocations: [
                        "": at(file, 151, 5),
                        "body": at(file, 154, 11),
                        "title": at(file, 153, 12),
                    ]
                ),
                Screen(
                    id: "next-steps",
                    title: "Before we finish",
                    when: nil,
                    content: .choice(ChoiceScreen(
                        prompt: "How does the group feel about the first weeks now?",
                        options: [
                            Option(id: "ready", label: "Most of us feel ready", detail: nil),
                            Option(id: "mixed", label: "Some of us feel ready, some do not", detail: nil),
                            Option(id: "not-yet", label: "Most of us have more questions", detail: nil),
                        ],
                        allowOther: false,
                        optional: false
                    )),
                    location: at(file, 162, 5),
                    textHash: "c739a010a65ce79504b0be82e0dde5078bbeaba4fc7e9994ea7a6c99bee30653",
                    fieldLocations: [
                        "": at(file, 162, 5),
                        "option.mixed": at(file, 168, 9),
                        "option.mixed.label": at(file, 168, 28),
                        "option.not-yet": at(file, 169, 9),
                        "option.not-yet.label": at(file, 169, 30),
                        "option.ready": at(file, 167, 9),
                        "option.ready.label": at(file, 167, 28),
                        "options": at(file, 167, 7),
                        "prompt": at(file, 165, 13),
                        "title": at(file, 164, 12),
                    ]
                ),
                Screen(
                    id: "cards",
                    title: "Questions from the group",
                    when: nil,
                    content: .questions(QuestionsScreen(prompt: "Any question is welcome. The facilitator types in each one from the cards. No names are kept.")),
                    location: at(file, 171, 5),
                    textHash: "97340c687e1a22fc8ec71db00d38cecd410fc74aa7e593d384b1fc8bb11defdb",
                    fieldLocations: [
                        "": at(file, 171, 5),
                        "prompt": at(file, 174, 13),
                        "title": at(file, 173, 12),
                    ]
                ),
                Screen(
                    id: "summary",
                    title: "What we covered",
                    when: nil,
                    content: .summary(SummaryScreen(intro: "Here is what we covered today, and the questions that came up. We will answer them together now. Take any questions to your keyworker too.")),
                    location: at(file, 176, 5),
                    textHash: "603c868aa956f8a222d608cbc27bb2b648315d6f68684afa0eb351957a088630",
                    fieldLocations: [
                        "": at(file, 176, 5),
                        "intro": at(file, 179, 12),
                        "title": at(file, 178, 12),
                    ]
                ),
                Screen(
                    id: "sign-off",
                    title: "Before we close",
                    when: nil,
                    content: .consent(ConsentScreen(
                        intro: "The facilitator checks the record, then signs it. Thank you all for coming.",
                        statements: [
                            ConsentScreen.Statement(id: "questions-kept", text: "Every question the group asked is in the record, with no names."),
                            ConsentScreen.Statement(id: "count-right", text: "The count of who agreed the ground rules is right."),
                        ],
                        signers: [.facilitator],
                        meanings: [.facilitator: "I ran this group, and this record of it is true."],
                        revisitAfterDays: nil,
                        requiresSure: false
                    )),
                    location: at(file, 181, 5),
                    textHash: "a1993ad166e4c9238b3afc1fb3c267f478e008f7c40b9fd0a6c61f5b83e36230",
                    fieldLocations: [
                        "": at(file, 181, 5),
                        "intro": at(file, 184, 12),
                        "meaning.facilitator": at(file, 190, 20),
                        "statement.count-right": at(file, 187, 33),
                        "statement.questions-kept": at(file, 186, 36),
                        "title": at(file, 183, 12),
                    ]
                ),
            ],
            origin: "builtin:induction-group",
            contentHash: "1dbce8d0791af2adecf9bd3195dde73f2ec6cd077819b78e1a2fd80eda82a619",
            fieldLocations: [
                "": at(file, 6, 1),
                "id": at(file, 7, 5),
                "keywork": at(file, 6, 10),
                "language": at(file, 10, 11),
                "mode": at(file, 11, 7),
                "notice": at(file, 21, 9),
                "participants": at(file, 12, 15),
                "review_by": at(file, 14, 12),
                "reviewed": at(file, 13, 11),
                "screens": at(file, 23, 3),
                "sources": at(file, 16, 3),
                "title": at(file, 8, 8),
                "version": at(file, 9, 10),
            ]
        )
    }

    private static func guide_tour() -> Guide {
        let file = "builtin:tour"
        return Guide(
            formatVersion: 1,
            id: "tour",
            title: "A short tour of Keywork",
            version: "2026-11",
            language: "en",
            mode: .session,
            participants: nil,
            reviewed: GuideDate(year: 2026, month: 11, day: 1),
            reviewBy: GuideDate(year: 2027, month: 11, day: 1),
            sources: [
                "IPDAS minimum standards (2013)",
                "Option Grid",
                "SURE test",
            ],
            notice: "An agency's clinical lead must review this guide before real use.",
            screens: [
                Screen(
                    id: "welcome",
                    title: "Welcome",
                    when: nil,
                    content: .info(InfoScreen(body: "This is a short tour. It shows how a session works.\n\nYou and your keyworker look at the same screen. You go at your own pace.\nNothing moves on until you are ready.\n\n- Press F2 to note a question at any time.\n- Press F3 if you are *not sure* or do not agree.\n- Press F4 to go back. Your answers are kept.\n")),
                    location: at(file, 16, 5),
                    textHash: "dec03d0b77e755c2c2cfee038a8fe4ed4855346330618f1d6e62dbd3023c39cc",
                    fieldLocations: [
                        "": at(file, 16, 5),
                        "body": at(file, 19, 11),
                        "title": at(file, 18, 12),
                    ]
                ),
                Screen(
                    id: "focus",
                    title: "This week",
                    when: nil,
                    content: .choice(ChoiceScreen(
                        prompt: "What would help you most this week?",
                        options: [
                            Option(id: "talk", label: "Someone to talk to", detail: nil),
                            Option(id: "practical", label: "Help with day to day things", detail: "Like forms, money or a place to live."),
                            Option(id: "health", label: "Help with my health", detail: nil),
                        ],
                        allowOther: true,
                        optional: false
                    )),
                    location: at(file, 29, 5),
                    textHash: "20bc5493459496e926a6e753e6647e7e9c7f4fb2d7b5d4fb88e1ff86dd9927c0",
                    fieldLocations: [
                        "": at(file, 29, 5),
                        "option.health": at(file, 37, 9),
                        "option.health.label": at(file, 37, 29),
                        "option.practical": at(file, 36, 9),
                        "option.practical.detail": at(file, 36, 69),
                        "option.practical.label": at(file, 36, 32),
                        "option.talk": at(file, 35, 9),
                        "option.talk.label": at(file, 35, 27),
                        "options": at(file, 35, 7),
                        "prompt": at(file, 32, 13),
                        "title": at(file, 31, 12),
                    ]
                ),
                Screen(
                    id: "practical-help",
                    title: "Day to day things",
                    when: Condition(screen: "focus", test: .isOption("practical"), location: at(file, 42, 11)),
                    content: .multi(MultiScreen(
                        prompt: "Which of these would help? Pick one or two.",
                        options: [
                            Option(id: "forms", label: "Filling in forms", detail: nil),
                            Option(id: "money", label: "Money and bills", detail: nil),
                            Option(id: "home", label: "A safe place to live", detail: nil),
                            Option(id: "food", label: "Food and meals", detail: nil),
                        ],
                        min: 1,
                        max: 2
                    )),
                    location: at(file, 39, 5),
                    textHash: "e50b171f162e4345353753ad510857541e066fce7b939571e300d57f5c9fd71c",
                    fieldLocations: [
                        "": at(file, 39, 5),
                        "option.food": at(file, 50, 9),
                        "option.food.label": at(file, 50, 27),
                        "option.forms": at(file, 47, 9),
                        "option.forms.label": at(file, 47, 28),
                        "option.home": at(file, 49, 9),
                        "option.home.label": at(file, 49, 27),
                        "option.money": at(file, 48, 9),
                        "option.money.label": at(file, 48, 28),
                        "options": at(file, 47, 7),
                        "prompt": at(file, 43, 13),
                        "title": at(file, 41, 12),
                    ]
                ),
                Screen(
                    id: "in-your-words",
                    title: "In your own words",
                    when: nil,
                    content: .text(TextScreen(prompt: "Is there anything else you want to say about this week? You can skip this.", optional: true)),
                    location: at(file, 52, 5),
                    textHash: "0e2517ca3469717726c01506b674ee9e03c53120adf24902b7a64c199641815d",
                    fieldLocations: [
                        "": at(file, 52, 5),
                        "prompt": at(file, 55, 13),
                        "title": at(file, 54, 12),
                    ]
                ),
                Screen(
                    id: "how-it-feels",
                    title: "How you feel",
                    when: nil,
                    content: .scale(ScaleScreen(
                        prompt: "How hopeful do you feel about this week?",
                        min: 0,
                        max: 10,
                        minLabel: "Not hopeful",
                        maxLabel: "Very hopeful"
                    )),
                    location: at(file, 58, 5),
                    textHash: "cccaca42e4a4957a3abb595f9f63b0015fd5507c6f14216bef87497910a199df",
                    fieldLocations: [
                        "": at(file, 58, 5),
                        "max_label": at(file, 65, 16),
                        "min_label": at(file, 64, 16),
                        "prompt": at(file, 61, 13),
                        "title": at(file, 60, 12),
                    ]
                ),
                Screen(
                    id: "ways",
                    title: "Ways to get support",
                    when: nil,
                    content: .compare(CompareScreen(
                        prompt: "Here are three ways to get support. Look at each one. There is no wrong choice.",
                        attributes: [
                            CompareScreen.Attribute(id: "what", label: "What it is"),
                            CompareScreen.Attribute(id: "when", label: "When it happens"),
                            CompareScreen.Attribute(id: "who", label: "Who you see"),
                        ],
                        options: [
                            CompareScreen.Column(
                                id: "drop-in",
                                label: "Drop in",
                                values: [
                                    "what": "You come to the centre when it suits you.",
                                    "when": "Most weekday mornings.",
                                    "who": "Whoever is on duty that day.",
                                ],
                                pros: [
                                    "You pick the day.",
                                ],
                                cons: [
                                    "You may have to wait.",
                                ]
                            ),
                            CompareScreen.Column(
                                id: "phone",
                                label: "Phone call",
                                values: [
                                    "what": "Your keyworker calls you at a set time.",
                                    "when": "A time you agree together.",
                                    "who": "Your own keyworker.",
                                ],
                                pros: [
                                    "You do not need to travel.",
                                ],
                                cons: [
                                    "It can be hard to talk on the phone.",
                                ]
                            ),
                            CompareScreen.Column(
                                id: "visit",
                                label: "Booked visit",
                                values: [
                                    "what": "You meet your keyworker face to face.",
                                    "when": "A day and time you book.",
                                    "who": "Your own keyworker.",
                                ],
                                pros: [
                                    "You have time to talk.",
                                ],
                                cons: [
                                    "You need to get to the centre.",
                                ]
                            ),
                        ]
                    )),
                    location: at(file, 67, 5),
                    textHash: "16c46f769b908776436684cf51c715a01e2e33b1d3fae9725489ad2563d43384",
                    fieldLocations: [
                        "": at(file, 67, 5),
                        "attribute.what.label": at(file, 72, 27),
                        "attribute.when.label": at(file, 73, 27),
                        "attribute.who.label": at(file, 74, 26),
                        "option.drop-in": at(file, 76, 9),
                        "option.drop-in.con.1": at(file, 83, 16),
                        "option.drop-in.label": at(file, 77, 16),
                        "option.drop-in.pro.1": at(file, 82, 16),
                        "option.drop-in.value.what": at(file, 79, 17),
                        "option.drop-in.value.when": at(file, 80, 17),
                        "option.drop-in.value.who": at(file, 81, 16),
                        "option.phone": at(file, 84, 9),
                        "option.phone.con.1": at(file, 91, 16),
                        "option.phone.label": at(file, 85, 16),
                        "option.phone.pro.1": at(file, 90, 16),
                        "option.phone.value.what": at(file, 87, 17),
                        "option.phone.value.when": at(file, 88, 17),
                        "option.phone.value.who": at(file, 89, 16),
                        "option.visit": at(file, 92, 9),
                        "option.visit.con.1": at(file, 99, 16),
                        "option.visit.label": at(file, 93, 16),
                        "option.visit.pro.1": at(file, 98, 16),
                        "option.visit.value.what": at(file, 95, 17),
                        "option.visit.value.when": at(file, 96, 17),
                        "option.visit.value.who": at(file, 97, 16),
                        "options": at(file, 76, 7),
                        "prompt": at(file, 70, 13),
                        "title": at(file, 69, 12),
                    ]
                ),
                Screen(
                    id: "choose",
                    title: "Your choice",
                    when: nil,
                    content: .decision(DecisionScreen(from: "ways", prompt: "Which way would suit you best this week? Say why in your own words.")),
                    location: at(file, 101, 5),
                    textHash: "8630de099c6ab347fba94229a046e6deabaf2f90966dc49aa74968a493a86871",
                    fieldLocations: [
                        "": at(file, 101, 5),
                        "prompt": at(file, 105, 13),
                        "title": at(file, 103, 12),
                    ]
                ),
                Screen(
                    id: "can-we",
                    title: "Can we do it?",
                    when: nil,
                    content: .availability(AvailabilityScreen(from: "choose", prompt: "Your keyworker will tell you if this can happen now. If not, you will agree what to do while you wait.")),
                    location: at(file, 107, 5),
                    textHash: "83ea78beb58440a59b2c5c72cdf8f27ff4bde35b49c4f7dbeed592f5a5869605",
                    fieldLocations: [
                        "": at(file, 107, 5),
                        "prompt": at(file, 111, 13),
                        "title": at(file, 109, 12),
                    ]
                ),
                Screen(
                    id: "how-sure",
                    title: "Checking in",
                    when: nil,
                    content: .sure(SureScreen(intro: "Here are four short questions. They check that you feel ready. It is fine to say no.")),
                    location: at(file, 113, 5),
                    textHash: "8ae9c5da130c50e587d5100e56084f9cbbbfb2377ed2fd909e2b31b1d4d0a3eb",
                    fieldLocations: [
                        "": at(file, 113, 5),
                        "intro": at(file, 116, 12),
                        "title": at(file, 115, 12),
                    ]
                ),
                Screen(
                    id: "check",
                    title: "Before you sign",
                    when: nil,
                    content: .summary(SummaryScreen(intro: "Here is what you chose and said today. Read it through. You can go back and change it.")),
                    location: at(file, 118, 5),
                    textHash: "92c7f1c84690b1b70dd143ec52067c5a0dddfc5eea25c2a674ae84277bbfcd02",
                    fieldLocations: [
                        "": at(file, 118, 5),
                        "intro": at(file, 121, 12),
                        "title": at(file, 120, 12),
                    ]
                ),
                Screen(
                    id: "agree",
                    title: "Our plan for this week",
                    when: nil,
                    content: .consent(ConsentScreen(
                        intro: "Please read each line. Tick it if you agree. Then you both sign.",
                        statements: [
                            ConsentScreen.Statement(id: "statement-1", text: "I chose the support that suits me this week.", when: Condition(screen: "choose", test: .isOption("accepted"), location: at(file, 130, 87))),
                            ConsentScreen.Statement(id: "instead", text: "My first choice could not happen this week. I know why, and what we agreed instead.", when: Condition(screen: "choose", test: .isOption("not-accepted"), location: at(file, 133, 15))),
                            ConsentScreen.Statement(id: "statement-2", text: "My keyworker will do what we agreed today.", required: true),
                            ConsentScreen.Statement(id: "statement-3", text: "We can look at this plan again at any time."),
                        ],
                        signers: [.client, .keyworker],
                        meanings: [.client: "I agree to this plan for the week.", .keyworker: "I explained this plan and answered the questions."],
                        revisitAfterDays: 7,
                        requiresSure: true
                    )),
                    location: at(file, 123, 5),
                    textHash: "cc8687e1f3678586f5747458b09a87e5a2c546db5bf1d6d1d138572494872c70",
                    fieldLocations: [
                        "": at(file, 123, 5),
                        "intro": at(file, 126, 12),
                        "meaning.client": at(file, 138, 15),
                        "meaning.keyworker": at(file, 139, 18),
                        "statement.instead": at(file, 132, 15),
                        "statement.statement-1": at(file, 130, 33),
                        "statement.statement-2": at(file, 134, 33),
                        "statement.statement-3": at(file, 135, 33),
                        "title": at(file, 125, 12),
                    ]
                ),
                Screen(
                    id: "next",
                    title: "What happens next",
                    when: nil,
                    content: .info(InfoScreen(body: "Thank you. That is the end of the tour.\n\nYou will get a copy of what you agreed. It has a short code on it.\nThe code shows that nobody changed the record later.\nYour keyworker will talk with you about the plan again next week.\n")),
                    location: at(file, 143, 5),
                    textHash: "8247d3974ae2c860bd8e25329ee2c8f727d35df7b308a78063aa52c57a1b3b68",
                    fieldLocations: [
                        "": at(file, 143, 5),
                        "body": at(file, 146, 11),
                        "title": at(file, 145, 12),
                    ]
                ),
            ],
            origin: "builtin:tour",
            contentHash: "ce91bb94580cac4afe8f53204e9164a7b9ec96fb4fc379b4595789d4078f6ca7",
            fieldLocations: [
                "": at(file, 2, 1),
                "id": at(file, 3, 5),
                "keywork": at(file, 2, 10),
                "language": at(file, 6, 11),
                "mode": at(file, 7, 7),
                "notice": at(file, 14, 9),
                "review_by": at(file, 9, 12),
                "reviewed": at(file, 8, 11),
                "screens": at(file, 16, 3),
                "sources": at(file, 11, 3),
                "title": at(file, 4, 8),
                "version": at(file, 5, 10),
            ]
        )
    }

    private static func guide_tour_pl() -> Guide {
        let file = "builtin:tour-pl"
        return Guide(
            formatVersion: 1,
            id: "tour-pl",
            title: "Krótki przewodnik po Keywork",
            version: "2026-11",
            language: "pl",
            mode: .session,
            participants: nil,
            reviewed: GuideDate(year: 2026, month: 11, day: 1),
            reviewBy: GuideDate(year: 2027, month: 11, day: 1),
            sources: [
                "IPDAS minimum standards (2013)",
                "Option Grid",
                "SURE test",
            ],
            notice: "Przed użyciem ten przewodnik musi sprawdzić kierownik kliniczny placówki, a tłumaczenie osoba biegle mówiąca po polsku.",
            screens: [
                Screen(
                    id: "welcome",
                    title: "Witamy",
                    when: nil,
                    content: .info(InfoScreen(body: "To jest krótki przewodnik. Pokazuje, jak wygląda sesja.\n\nTy i twój terapeuta prowadzący patrzycie na ten sam ekran. Idziesz we własnym tempie.\nNic nie pójdzie dalej, dopóki nie będziesz gotowy lub gotowa.\n\n- Naciśnij F2, aby w każdej chwili zapisać pytanie.\n- Naciśnij F3, jeśli *masz wątpliwości* lub się nie zgadzasz.\n- Naciśnij F4, aby wrócić. Twoje odpowiedzi zostają.\n")),
                    location: at(file, 18, 5),
                    textHash: "ddf80094198bc26d02cefd996092a2dfc685f3bb771c6978d423780918c40015",
                    fieldLocations: [
                        "": at(file, 18, 5),
                        "body": at(file, 21, 11),
                        "title": at(file, 20, 12),
                    ]
                ),
                Screen(
                    id: "focus",
                    title: "Ten tydzień",
                    when: nil,
                    content: .choice(ChoiceScreen(
                        prompt: "Co najbardziej pomogłoby ci w tym tygodniu?",
                        options: [
                            Option(id: "talk", label: "Ktoś do rozmowy", detail: nil),
                            Option(id: "practical", label: "Pomoc w codziennych sprawach", detail: "Na przykład formularze, pieniądze albo mieszkanie."),
                            Option(id: "health", label: "Pomoc w sprawach zdrowia", detail: nil),
                        ],
                        allowOther: true,
                        optional: false
                    )),
                    location: at(file, 31, 5),
                    textHash: "0ec55abbcdab62ce69c18c942a1687a715b1dd38c2448d8d2c522bcb0a7b9aa0",
                    fieldLocations: [
                        "": at(file, 31, 5),
                        "option.health": at(file, 39, 9),
                        "option.health.label": at(file, 39, 29),
                        "option.practical": at(file, 38, 9),
                        "option.practical.detail": at(file, 38, 70),
                        "option.practical.label": at(file, 38, 32),
                        "option.talk": at(file, 37, 9),
                        "option.talk.label": at(file, 37, 27),
                        "options": at(file, 37, 7),
                        "prompt": at(file, 34, 13),
                        "title": at(file, 33, 12),
                    ]
                ),
                Screen(
                    id: "practical-help",
                    title: "Codzienne sprawy",
                    when: Condition(screen: "focus", test: .isOption("practical"), location: at(file, 44, 11)),
                    content: .multi(MultiScreen(
                        prompt: "Co z tego by pomogło? Wybierz jedną lub dwie rzeczy.",
                        options: [
                            Option(id: "forms", label: "Wypełnianie formularzy", detail: nil),
                            Option(id: "money", label: "Pieniądze i rachunki", detail: nil),
                            Option(id: "home", label: "Bezpieczne miejsce do życia", detail: nil),
                            Option(id: "food", label: "Jedzenie i posiłki", detail: nil),
                        ],
                        min: 1,
                        max: 2
                    )),
                    location: at(file, 41, 5),
                    textHash: "7237b8bd0c61dffc8e8fd3135f5ed30be2a86a2b6d49c29bfa3328ab5e8fec7b",
                    fieldLocations: [
                        "": at(file, 41, 5),
                        "option.food": at(file, 52, 9),
                        "option.food.label": at(file, 52, 27),
                        "option.forms": at(file, 49, 9),
                        "option.forms.label": at(file, 49, 28),
                        "option.home": at(file, 51, 9),
                        "option.home.label": at(file, 51, 27),
                        "option.money": at(file, 50, 9),
                        "option.money.label": at(file, 50, 28),
                        "options": at(file, 49, 7),
                        "prompt": at(file, 45, 13),
                        "title": at(file, 43, 12),
                    ]
                ),
                Screen(
                    id: "in-your-words",
                    title: "Własnymi słowami",
                    when: nil,
                    content: .text(TextScreen(prompt: "Czy chcesz jeszcze coś powiedzieć o tym tygodniu? Możesz to pominąć.", optional: true)),
                    location: at(file, 54, 5),
                    textHash: "ffddacf3e17963e65b7468172c7d46a995d57df438e6014c7aafcaae7a1210ce",
                    fieldLocations: [
                        "": at(file, 54, 5),
                        "prompt": at(file, 57, 13),
                        "title": at(file, 56, 12),
                    ]
                ),
                Screen(
                    id: "how-it-feels",
                    title: "Jak się czujesz",
                    when: nil,
                    content: .scale(ScaleScreen(
                        prompt: "Ile masz nadziei na ten tydzień?",
                        min: 0,
                        max: 10,
                        minLabel: "Żadnej nadziei",
                        maxLabel: "Dużo nadziei"
                    )),
                    location: at(file, 60, 5),
                    textHash: "6c93dce330c3290b89a00fdcff84c611d3ff4104eaa44188d419954928853ca9",
                    fieldLocations: [
                        "": at(file, 60, 5),
                        "max_label": at(file, 67, 16),
                        "min_label": at(file, 66, 16),
                        "prompt": at(file, 63, 13),
                        "title": at(file, 62, 12),
                    ]
                ),
                Screen(
                    id: "ways",
                    title: "Sposoby na wsparcie",
                    when: nil,
                    content: .compare(CompareScreen(
                        prompt: "Oto trzy sposoby na wsparcie. Przyjrzyj się każdemu. Nie ma złego wyboru.",
                        attributes: [
                            CompareScreen.Attribute(id: "what", label: "Co to jest"),
                            CompareScreen.Attribute(id: "when", label: "Kiedy"),
                            CompareScreen.Attribute(id: "who", label: "Z kim"),
                        ],
                        options: [
                            CompareScreen.Column(
                                id: "drop-in",
                                label: "Bez umawiania",
                                values: [
                                    "what": "Przychodzisz do ośrodka, kiedy ci pasuje.",
                                    "when": "Prawie każdego ranka w dni robocze.",
                                    "who": "Z osobą, która ma tego dnia dyżur.",
                                ],
                                pros: [
                                    "Sam lub sama wybierasz dzień.",
                                ],
                                cons: [
                                    "Czasem trzeba poczekać.",
                                ]
                            ),
                            CompareScreen.Column(
                                id: "phone",
                                label: "Rozmowa telefoniczna",
                                values: [
                                    "what": "Twój terapeuta prowadzący dzwoni o ustalonej porze.",
                                    "when": "O porze, którą razem ustalicie.",
                                    "who": "Z twoim terapeutą prowadzącym.",
                                ],
                                pros: [
                                    "Nie musisz nigdzie jechać.",
                                ],
                                cons: [
                                    "Przez telefon czasem trudno się rozmawia.",
                                ]
                            ),
                            CompareScreen.Column(
                                id: "visit",
                                label: "Umówiona wizyta",
                                values: [
                                    "what": "Spotykasz się z terapeutą prowadzącym twarzą w twarz.",
                                    "when": "W dniu i o godzinie, które rezerwujesz.",
                                    "who": "Z twoim terapeutą prowadzącym.",
                                ],
                                pros: [
                                    "Jest czas na rozmowę.",
                                ],
                                cons: [
                                    "Trzeba dojechać do ośrodka.",
                                ]
                            ),
                        ]
                    )),
                    location: at(file, 69, 5),
                    textHash: "6e077b3750bfa77bf93a3350bc18fa960f690cdb4ead8c92734293291abac5de",
                    fieldLocations: [
                        "": at(file, 69, 5),
                        "attribute.what.label": at(file, 74, 27),
                        "attribute.when.label": at(file, 75, 27),
                        "attribute.who.label": at(file, 76, 26),
                        "option.drop-in": at(file, 78, 9),
                        "option.drop-in.con.1": at(file, 85, 16),
                        "option.drop-in.label": at(file, 79, 16),
                        "option.drop-in.pro.1": at(file, 84, 16),
                        "option.drop-in.value.what": at(file, 81, 17),
                        "option.drop-in.value.when": at(file, 82, 17),
                        "option.drop-in.value.who": at(file, 83, 16),
                        "option.phone": at(file, 86, 9),
                        "option.phone.con.1": at(file, 93, 16),
                        "option.phone.label": at(file, 87, 16),
                        "option.phone.pro.1": at(file, 92, 16),
                        "option.phone.value.what": at(file, 89, 17),
                        "option.phone.value.when": at(file, 90, 17),
                        "option.phone.value.who": at(file, 91, 16),
                        "option.visit": at(file, 94, 9),
                        "option.visit.con.1": at(file, 101, 16),
                        "option.visit.label": at(file, 95, 16),
                        "option.visit.pro.1": at(file, 100, 16),
                        "option.visit.value.what": at(file, 97, 17),
                        "option.visit.value.when": at(file, 98, 17),
                        "option.visit.value.who": at(file, 99, 16),
                        "options": at(file, 78, 7),
                        "prompt": at(file, 72, 13),
                        "title": at(file, 71, 12),
                    ]
                ),
                Screen(
                    id: "choose",
                    title: "Twój wybór",
                    when: nil,
                    content: .decision(DecisionScreen(from: "ways", prompt: "Który sposób najbardziej by ci pasował w tym tygodniu? Powiedz własnymi słowami dlaczego.")),
                    location: at(file, 103, 5),
                    textHash: "b8dfbb401a814ee1ec934bfab4b282e825eede846aea34ff34f742fe3541f6a1",
                    fieldLocations: [
                        "": at(file, 103, 5),
                        "prompt": at(file, 107, 13),
                        "title": at(file, 105, 12),
                    ]
                ),
                Screen(
                    id: "can-we",
                    title: "Czy to się da zrobić?",
                    when: nil,
                    content: .availability(AvailabilityScreen(from: "choose", prompt: "Terapeuta prowadzący powie ci, czy to może być teraz. Jeśli nie, ustalicie, co robić w czasie czekania.")),
                    location: at(file, 109, 5),
                    textHash: "f3fe284c9c31d65b0e2a217e006b6bb1f12993dda092699b630acc0221d77fe4",
                    fieldLocations: [
                        "": at(file, 109, 5),
                        "prompt": at(file, 113, 13),
                        "title": at(file, 111, 12),
                    ]
                ),
                Screen(
                    id: "how-sure",
                    title: "Sprawdzenie",
                    when: nil,
                    content: .sure(SureScreen(intro: "Oto cztery krótkie pytania. Sprawdzają, czy czujesz się gotowy lub gotowa. Można odpowiedzieć nie.")),
                    location: at(file, 115, 5),
                    textHash: "c83e0838768f32a47482d986c28956fc18ddc99902f390d54af0eac1115371cc",
                    fieldLocations: [
                        "": at(file, 115, 5),
                        "intro": at(file, 118, 12),
                        "title": at(file, 117, 12),
                    ]
                ),
                Screen(
                    id: "check",
                    title: "Przed podpisaniem",
                    when: nil,
                    content: .summary(SummaryScreen(intro: "Oto, co dziś wybrano i powiedziano. Przeczytaj to. Możesz wrócić i coś zmienić.")),
                    location: at(file, 120, 5),
                    textHash: "a858ee2cb9f15400b9b403b8d5ab0e3e20731a5a2b0790622d646028814542a4",
                    fieldLocations: [
                        "": at(file, 120, 5),
                        "intro": at(file, 123, 12),
                        "title": at(file, 122, 12),
                    ]
                ),
                Screen(
                    id: "agree",
                    title: "Nasz plan na ten tydzień",
                    when: nil,
                    content: .consent(ConsentScreen(
                        intro: "Przeczytaj każde zdanie. Zaznacz je, jeśli się zgadzasz. Potem oboje podpisujecie.",
                        statements: [
                            ConsentScreen.Statement(id: "statement-1", text: "Wybieram wsparcie, które pasuje mi w tym tygodniu.", when: Condition(screen: "choose", test: .isOption("accepted"), location: at(file, 131, 93))),
                            ConsentScreen.Statement(id: "instead", text: "Mój pierwszy wybór nie jest możliwy w tym tygodniu. Wiem dlaczego i co ustaliliśmy zamiast tego.", when: Condition(screen: "choose", test: .isOption("not-accepted"), location: at(file, 134, 15))),
                            ConsentScreen.Statement(id: "statement-2", text: "Mój terapeuta prowadzący zrobi to, co dziś ustaliliśmy.", required: true),
                            ConsentScreen.Statement(id: "statement-3", text: "W każdej chwili możemy jeszcze raz spojrzeć na ten plan."),
                        ],
                        signers: [.client, .keyworker],
                        meanings: [.client: "Zgadzam się na ten plan na ten tydzień.", .keyworker: "Wyjaśniam ten plan i odpowiadam na pytania."],
                        revisitAfterDays: 7,
                        requiresSure: true
                    )),
                    location: at(file, 125, 5),
                    textHash: "ef3ae10857a6155a04e36f7098deb16e0488e95b5652fd7c79543fb2df9528b3",
                    fieldLocations: [
                        "": at(file, 125, 5),
                        "intro": at(file, 128, 12),
                        "meaning.client": at(file, 139, 15),
                        "meaning.keyworker": at(file, 140, 18),
                        "statement.instead": at(file, 133, 15),
                        "statement.statement-1": at(file, 131, 33),
                        "statement.statement-2": at(file, 135, 33),
                        "statement.statement-3": at(file, 136, 33),
                        "title": at(file, 127, 12),
                    ]
                ),
                Screen(
                    id: "next",
                    title: "Co dalej",
                    when: nil,
                    content: .info(InfoScreen(body: "Dziękujemy. To koniec przewodnika.\n\nDostaniesz kopię tego, co ustalono. Jest na niej krótki kod.\nKod pokazuje, że nikt później nie zmienił zapisu.\nW przyszłym tygodniu terapeuta prowadzący znów porozmawia z tobą o planie.\n")),
                    location: at(file, 144, 5),
                    textHash: "d1feafc519a79fced1b6c2ec320952aa6479ee8bc0f291f30c133b41e3a14e49",
                    fieldLocations: [
                        "": at(file, 144, 5),
                        "body": at(file, 147, 11),
                        "title": at(file, 146, 12),
                    ]
                ),
            ],
            origin: "builtin:tour-pl",
            contentHash: "8ca493ee0f475220f31a81e9e9d4cd18b7ce69734c72e181dd3d8537e200b0d9",
            fieldLocations: [
                "": at(file, 4, 1),
                "id": at(file, 5, 5),
                "keywork": at(file, 4, 10),
                "language": at(file, 8, 11),
                "mode": at(file, 9, 7),
                "notice": at(file, 16, 9),
                "review_by": at(file, 11, 12),
                "reviewed": at(file, 10, 11),
                "screens": at(file, 18, 3),
                "sources": at(file, 13, 3),
                "title": at(file, 6, 8),
                "version": at(file, 7, 10),
            ]
        )
    }

    private static func guide_treatment_agreement() -> Guide {
        let file = "builtin:treatment-agreement"
        return Guide(
            formatVersion: 1,
            id: "treatment-agreement",
            title: "Your treatment agreement",
            version: "2026-11",
            language: "en",
            mode: .session,
            participants: nil,
            reviewed: GuideDate(year: 2026, month: 11, day: 1),
            reviewBy: GuideDate(year: 2027, month: 11, day: 1),
            sources: [
                "NICE TA114, Methadone and buprenorphine for the management of opioid dependence",
                "Drug misuse and dependence: UK guidelines on clinical management (2017)",
                "DHSC, Medicine choices in opioid substitution treatment (2024)",
                "Joseph Rowntree Foundation, Drug user involvement in treatment decisions (Fischer, Jenkins, Bloor, Neale and Berney)",
                "21 CFR Part 11, electronic signatures",
                "REDCap eConsent",
            ],
            notice: "An agency's clinical lead must review this guide before real use.",
            screens: [
                Screen(
                    id: "welcome",
                    title: "Your treatment agreement",
                    when: nil,
                    content: .info(InfoScreen(body: "A treatment agreement sets out what we will do for you, and what you agree to do.\nIt is not a test. It is there so that we both know where we stand.\n\nWe will go through it one part at a time. Ask about anything that is not clear.\nYou can look at this agreement again with your keyworker later, and change it.\n\n- Press F2 to note a question at any time.\n- Press F3 if you are *not sure* or do not agree.\n- Press F4 to go back. Your answers are kept.\n")),
                    location: at(file, 22, 5),
                    textHash: "a62488552e39d17899d32b139dfc35f817f8b86535859cc290e2096fbfc41aa8",
                    fieldLocations: [
                        "": at(file, 22, 5),
                        "body": at(file, 25, 11),
                        "title": at(file, 24, 12),
                    ]
                ),
                Screen(
                    id: "aims",
                    title: "What you want from treatment",
                    when: nil,
                    content: .text(TextScreen(prompt: "In your own words, what do you want from treatment? This goes into your agreement.", optional: false)),
                    location: at(file, 36, 5),
                    textHash: "d9ce1fc22b7d20c2a186074028d464b46c2b125fbe26a54bbc0d59777e4f7ad4",
                    fieldLocations: [
                        "": at(file, 36, 5),
                        "prompt": at(file, 39, 13),
                        "title": at(file, 38, 12),
                    ]
                ),
                Screen(
                    id: "both-sides",
                    title: "What each of us will do",
                    when: nil,
                    content: .info(InfoScreen(body: "The service will:\n- treat you with respect, and listen to you;\n- explain your choices and the risks, in plain words;\n- plan your care with you, and review it with you;\n- tell you about any waits or delays as soon as we can.\n\nYou agree to:\n- come to the meetings you agree to, or let us know if you cannot;\n- tell us about changes that affect your treatment or your safety;\n- treat staff and other people here with respect.\n")),
                    location: at(file, 41, 5),
                    textHash: "e3da0dae9faa5c6bb455216f6700524a6bfb01d8b8eb4875ad82c7f993919588",
                    fieldLocations: [
                        "": at(file, 41, 5),
                        "body": at(file, 44, 11),
                        "title": at(file, 43, 12),
                    ]
                ),
                Screen(
                    id: "chemist",
                    title: "Taking your medicine at the chemist",
                    when: nil,
                    content: .info(InfoScreen(body: "If you get methadone or buprenorphine, you collect it from a chemist.\n\nNICE guidance (TA114) says that, where it is right for you, you take your dose at the chemist each day.\nThe pharmacist watches you take it. This is for at least the first 3 months.\n\nAsk your keyworker which chemist you will use, and what times you can go.\n")),
                    location: at(file, 56, 5),
                    textHash: "de3ba4dbb98509a01f0ad78586bf57ab819853d76612c8b92986d6113ec7caca",
                    fieldLocations: [
                        "": at(file, 56, 5),
                        "body": at(file, 59, 11),
                        "title": at(file, 58, 12),
                    ]
                ),
                Screen(
                    id: "missed",
                    title: "If you miss a dose",
                    when: nil,
                    content: .info(InfoScreen(body: "Missing doses can matter. Each service has its own rules about what happens next.\n\nIf you miss a dose, or think you will, tell the chemist and your keyworker.\nIt is always better to tell us.\n\nAsk your keyworker what the rule is here.\n")),
                    location: at(file, 67, 5),
                    textHash: "c51afb4c647e5b62d7093737010ec035ffcabea44547f3914e3f971eed7c377e",
                    fieldLocations: [
                        "": at(file, 67, 5),
                        "body": at(file, 70, 11),
                        "title": at(file, 69, 12),
                    ]
                ),
                Screen(
                    id: "take-home",
                    title: "Taking doses home",
                    when: nil,
                    content: .info(InfoScreen(body: "Later on, you may be able to take some doses home. This is decided with you and the prescriber.\n\nAsk your keyworker how this is decided here. Ask how to keep doses safe at home, most of all from children.\nYour doses are only for you.\n")),
                    location: at(file, 78, 5),
                    textHash: "c333a48247557aa65ab0eb54dff85f0fd101e7ae87e239d26206ed37aeef5394",
                    fieldLocations: [
                        "": at(file, 78, 5),
                        "body": at(file, 81, 11),
                        "title": at(file, 80, 12),
                    ]
                ),
                Screen(
                    id: "hospital-prison",
                    title: "If you go into hospital or prison",
                    when: nil,
                    content: .info(InfoScreen(body: "If you go into hospital or prison, tell the staff there what medicine you take.\n\nAsk your keyworker what happens to your prescription if this happens. Ask who will tell the chemist.\n")),
                    location: at(file, 87, 5),
                    textHash: "b07e3dc5c4be7d7e6601e290a90ce5e8ca3ebb7c2efef310dda268fbe37759cc",
                    fieldLocations: [
                        "": at(file, 87, 5),
                        "body": at(file, 90, 11),
                        "title": at(file, 89, 12),
                    ]
                ),
                Screen(
                    id: "confidentiality",
                    title: "What we keep private",
                    when: nil,
                    content: .info(InfoScreen(body: "What you tell us is kept private. Usually, we only share it if you agree.\n\nThere are limits. We may have to share something without your say-so if:\n- a child may be at risk of harm;\n- someone's life may be at risk.\n\nAsk your keyworker how this works here, and who else sees your records.\n")),
                    location: at(file, 95, 5),
                    textHash: "d443bf957f66110d82e0df4836e60332b76af7e6ff3a7459ff37db0904ac4404",
                    fieldLocations: [
                        "": at(file, 95, 5),
                        "body": at(file, 98, 11),
                        "title": at(file, 97, 12),
                    ]
                ),
                Screen(
                    id: "changes",
                    title: "Changes to your chemist or pick-up",
                    when: nil,
                    content: .info(InfoScreen(body: "We will give you notice before we change your chemist or the way you pick up your medicine.\n\nIf you want to change them, tell your keyworker. Ask how much notice they need.\n")),
                    location: at(file, 107, 5),
                    textHash: "d67de040e1dced3ac81ef65d311b16cd42b12e79d069a78526a3d5b888f936d7",
                    fieldLocations: [
                        "": at(file, 107, 5),
                        "body": at(file, 110, 11),
                        "title": at(file, 109, 12),
                    ]
                ),
                Screen(
                    id: "rights",
                    title: "Your rights",
                    when: nil,
                    content: .info(InfoScreen(body: "You have the right to:\n- hear about all the options open to you;\n- help write your care plan, and review it;\n- ask for a second opinion;\n- complain, and be told how to do it;\n- look at this agreement again with your keyworker, and ask to change it.\n\nMaking a complaint will not count against you. Ask your keyworker how to complain here.\n")),
                    location: at(file, 115, 5),
                    textHash: "26a7f35a1ec9607d61646ebb96ea897b447c9af3dd578b11bdcb34e9d8084134",
                    fieldLocations: [
                        "": at(file, 115, 5),
                        "body": at(file, 118, 11),
                        "title": at(file, 117, 12),
                    ]
                ),
                Screen(
                    id: "summary",
                    title: "Before you sign",
                    when: nil,
                    content: .summary(SummaryScreen(intro: "Here is what you said today. Read it through. You can go back and change anything.")),
                    location: at(file, 128, 5),
                    textHash: "10884befb28a7d8fc7cd6acd0a097be8677dfd97bbf9aaf876a94c77e9cb9348",
                    fieldLocations: [
                        "": at(file, 128, 5),
                        "intro": at(file, 131, 12),
                        "title": at(file, 130, 12),
                    ]
                ),
                Screen(
                    id: "agreement",
                    title: "Our treatment agreement",
                    when: nil,
                    content: .consent(ConsentScreen(
                        intro: "Please read each line. Tick it if you agree. If you do not agree with a line, say so. Then you both sign.",
                        statements: [
                            ConsentScreen.Statement(id: "aims", text: "The aims of my treatment are the ones I gave in my own words.", required: true),
                            ConsentScreen.Statement(id: "service", text: "The service will treat me with respect, explain my choices and plan my care with me."),
                            ConsentScreen.Statement(id: "client", text: "I will come to the meetings I agree to, or let my keyworker know if I cannot."),
                            ConsentScreen.Statement(id: "supervised", text: "NICE TA114 advises taking each dose at the chemist, watched, every day for at least the first 3 months. Where this is right for me, I will do it."),
                            ConsentScreen.Statement(id: "missed-doses", text: "If I miss a dose, I will tell the chemist and my keyworker. I know the rule here."),
                            ConsentScreen.Statement(id: "take-home", text: "If I take doses home, I will keep them safe. They are only for me."),
                            ConsentScreen.Statement(id: "hospital-prison", text: "If I go into hospital or prison, I will tell the staff there what I take."),
                            ConsentScreen.Statement(id: "confidentiality", text: "I know what I say is kept private, except if a child or someone's life may be at risk."),
                            ConsentScreen.Statement(id: "notice", text: "The service will give me notice before changing my chemist or how I pick up."),
                            ConsentScreen.Statement(id: "complaints", text: "I know how to complain or ask for a second opinion."),
                            ConsentScreen.Statement(id: "revisit", text: "I can look at this agreement again with my keyworker, and ask to change it."),
                        ],
                        signers: [.client, .keyworker],
                        meanings: [.client: "I agree to this treatment agreement.", .keyworker: "I explained each part and answered the questions. The service agrees to its part."],
                        revisitAfterDays: 90,
                        requiresSure: false
                    )),
                    location: at(file, 133, 5),
                    textHash: "d2bdbee35745c1de66ed0d749911b7b8db1433123760ec7a838edb1dbf4d65c1",
                    fieldLocations: [
                        "": at(file, 133, 5),
                        "intro": at(file, 138, 12),
                        "meaning.client": at(file, 153, 15),
                        "meaning.keyworker": at(file, 154, 18),
                        "statement.aims": at(file, 140, 26),
                        "statement.client": at(file, 142, 28),
                        "statement.complaints": at(file, 149, 32),
                        "statement.confidentiality": at(file, 147, 37),
                        "statement.hospital-prison": at(file, 146, 37),
                        "statement.missed-doses": at(file, 144, 34),
                        "statement.notice": at(file, 148, 28),
                        "statement.revisit": at(file, 150, 29),
                        "statement.service": at(file, 141, 29),
                        "statement.supervised": at(file, 143, 32),
                        "statement.take-home": at(file, 145, 31),
                        "title": at(file, 135, 12),
                    ]
                ),
                Screen(
                    id: "next",
                    title: "What happens next",
                    when: nil,
                    content: .info(InfoScreen(body: "Thank you. You will get a copy of this agreement. It has a short code on it.\nThe code shows that nobody changed the record later.\n\nWe will look at it again together. If something stops working for you before then, tell your keyworker.\n")),
                    location: at(file, 157, 5),
                    textHash: "e306a42b6c2042d579b6e2ea31c9862c2e02394be90792a1cc7301287f06723a",
                    fieldLocations: [
                        "": at(file, 157, 5),
                        "body": at(file, 160, 11),
                        "title": at(file, 159, 12),
                    ]
                ),
            ],
            origin: "builtin:treatment-agreement",
            contentHash: "e9d42294a32f5de5c0380d6f46e26a5194e651c72507da8ed95a2d4154aef9b2",
            fieldLocations: [
                "": at(file, 5, 1),
                "id": at(file, 6, 5),
                "keywork": at(file, 5, 10),
                "language": at(file, 9, 11),
                "mode": at(file, 10, 7),
                "notice": at(file, 20, 9),
                "review_by": at(file, 12, 12),
                "reviewed": at(file, 11, 11),
                "screens": at(file, 22, 3),
                "sources": at(file, 14, 3),
                "title": at(file, 7, 8),
                "version": at(file, 8, 10),
            ]
        )
    }

    private static func at(_ file: String, _ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }
}
