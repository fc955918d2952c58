// swift-format-ignore-file
// Generated from BuiltinGuides/*.yaml by CompiledBuiltinGuidesTests: do not edit. After changing a guide, run
//   KEYWORK_UPDATE_GOLDEN=1 swift test --filter CompiledBuiltinGuidesTests
// A guide whose YAML no longer matches its hash here is loaded from the YAML instead (BuiltinGuides.guide).

import KeyworkDiagnostics

extension BuiltinGuides {
    /// The compiled form of the built-in guide `id`, when it was made from YAML with this SHA-256.
    static func compiledGuide(id: String, sourceHash: String) -> Guide? {
        switch (id, sourceHash) {
        case ("detox-planning", "0a628bb59a397f7f9fa4ab4be761eeb90915d95543c315c8b4cdedddcd9d8e47"): return guide_detox_planning()
        case ("first-appointment", "c80f788f350f5f7514cbe2747a9d3abb4ffa39dd4d514497fe35819758035417"): return guide_first_appointment()
        case ("induction-group", "da04fd36fb3887682f1d00973bf15b4bde1a00cb941d08ed5154aa701c281011"): return guide_induction_group()
        case ("sharing-information", "4452bc9c92a29cebfe06c8e2430d85417ae8a1e3f1969b9b715236b27422551c"): return guide_sharing_information()
        case ("staying-safe", "c3ce8ebdac6f4bd48bd6458112d190ba76c0182bbaaa7233415f48685445fee5"): return guide_staying_safe()
        case ("top-review", "fd9bcb20628fbd92f80593b6a4addbe675c66926fe5f5b0b39fb62c7c13bfe3c"): return guide_top_review()
        case ("tour", "4f67b1793d3942b3678748c7fa0d0367c6db313d6161542bd975dfecc973265e"): return guide_tour()
        case ("tour-pl", "569519613d3d7288ded1ddc109ff06ec5d03a39bdb7d08bc21c8fdf67545b3e7"): return guide_tour_pl()
        case ("treatment-agreement", "e416e7f56419be429c705154920c406cc4b084af18c29774c088798bcc54ad12"): return guide_treatment_agreement()
        default: return nil
        }
    }

    private static func guide_detox_planning() -> Guide {
        let file = "builtin:detox-planning"
        return Guide(
            formatVersion: 1,
            id: "detox-planning",
            title: "Planning your detox",
            version: "2026-12",
            language: "en",
            mode: .session,
            participants: nil,
            status: .draft,
            reviewedBy: nil,
            reviewed: nil,
            reviewBy: nil,
            sources: [
                "NICE CG52, Drug misuse in over 16s: opioid detoxification (2007)",
                "Cornish and others, Risk of death during and after opiate substitution treatment in primary care, BMJ (2010)",
                "The Human Medicines (Amendment) (No. 3) Regulations 2015",
                "Public Health England, Widening the availability of naloxone (2015, updated 2019)",
                "Fischer, Jenkins, Bloor, Neale and Berney, Drug user involvement in treatment decisions, Joseph Rowntree Foundation (undated web page, read 2026)",
                "NICE NG197, Shared decision making (2021)",
                "Joseph-Williams and others, Toward minimum standards for certifying patient decision aids, Medical Decision Making (2014)",
            ],
            notice: "An agency's clinical lead must review this guide before real use.",
            repeatAfterDays: nil,
            screens: [
                Screen(
                    id: "welcome",
                    title: "Planning your detox",
                    when: nil,
                    handout: nil,
                    content: .info(InfoScreen(body: "Today we plan your detox together. A detox means coming off opioids slowly, with help.\n\nNICE guidance on detox (CG52) says staff should make and agree the plan with you.\nSo you have a say in the medicine, the pace and the place.\n\nThere is no rush. You can say no, or say you are not sure.\n\n- {key:question}: note a question, at any time.\n- {key:not-sure}: say you are *not sure*, or do not agree.\n- {key:back}: go back. Your answers are kept.\n")),
                    location: at(file, 27, 5),
                    textHash: "8169d42ea0e7a3dc03a43c0477b6a6791c3a8f9e3648273da84b8c134cf211ff",
                    fieldLocations: [
                        "": at(file, 27, 5),
                        "body": at(file, 30, 11),
                        "title": at(file, 29, 12),
                    ]
                ),
                Screen(
                    id: "about-detox",
                    title: "How detox works",
                    when: nil,
                    handout: nil,
                    content: .info(InfoScreen(body: "A medicine helps you come off opioids a bit at a time. The dose goes down step by step, at a pace you agree.\n\nNICE guidance on detox (CG52) says:\n- Methadone or buprenorphine should be offered first. Staff take into account what you take now, and what you would like.\n- Another medicine, lofexidine, may be used for some people. One example is someone who chooses not to use methadone or buprenorphine.\n- Staff should offer a detox in the community, while you live at home, to everyone. There are some exceptions.\n- A very fast detox while you are put to sleep must not be offered. This is because of the risk of serious harm, including death.\n")),
                    location: at(file, 42, 5),
                    textHash: "3551c5aeab9a718fe54f213080eb8449eed49823d40b8c7af1fd88bc3498cbda",
                    fieldLocations: [
                        "": at(file, 42, 5),
                        "body": at(file, 45, 11),
                        "title": at(file, 44, 12),
                    ]
                ),
                Screen(
                    id: "withdrawal-before",
                    title: "Withdrawal",
                    when: nil,
                    handout: nil,
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
                    location: at(file, 54, 5),
                    textHash: "ab24adb716dc6fed447cd442ad20ce5b1e893ffe0653054aca57d6d45424497b",
                    fieldLocations: [
                        "": at(file, 54, 5),
                        "option.alone": at(file, 64, 9),
                        "option.alone.label": at(file, 64, 28),
                        "option.body": at(file, 60, 9),
                        "option.body.label": at(file, 60, 27),
                        "option.craving": at(file, 63, 9),
                        "option.craving.label": at(file, 63, 30),
                        "option.first-time": at(file, 59, 9),
                        "option.first-time.label": at(file, 59, 33),
                        "option.mood": at(file, 62, 9),
                        "option.mood.label": at(file, 62, 27),
                        "option.other": at(file, 65, 9),
                        "option.other.label": at(file, 65, 28),
                        "option.sleep": at(file, 61, 9),
                        "option.sleep.label": at(file, 61, 28),
                        "options": at(file, 59, 7),
                        "prompt": at(file, 57, 13),
                        "title": at(file, 56, 12),
                    ]
                ),
                Screen(
                    id: "withdrawal",
                    title: "What withdrawal is like",
                    when: nil,
                    handout: nil,
                    content: .info(InfoScreen(body: "Withdrawal is what your body and mind go through as the drug leaves your system.\nIt is different for each person. Your keyworker and prescriber will help you through it.\n\nNICE guidance on detox (CG52) says you should be told how long withdrawal lasts and how strong it is.\nIt says you should hear how it can be managed too.\n\nAsk your keyworker how long it usually lasts with the plan you choose. Ask how strong it is likely to be.\nAsk what to do if it gets too much.\n")),
                    location: at(file, 67, 5),
                    textHash: "8abf74ca108ef200e6e09f80c77b7e2bc002a59b5b051c1ea09369831b2056c6",
                    fieldLocations: [
                        "": at(file, 67, 5),
                        "body": at(file, 70, 11),
                        "title": at(file, 69, 12),
                    ]
                ),
                Screen(
                    id: "coping",
                    title: "Coping with withdrawal",
                    when: nil,
                    handout: nil,
                    content: .multi(MultiScreen(
                        prompt: "NICE (CG52) says you should hear about ways to cope that do not use medicines. Which of these might help you?",
                        options: [
                            Option(id: "company", label: "Someone to stay with me", detail: "A friend or family member I trust."),
                            Option(id: "ready-home", label: "Getting my home ready", detail: "Food, drinks and things to do, all in before I start."),
                            Option(id: "food-water", label: "Eating well and drinking plenty of water", detail: nil),
                            Option(id: "sleep", label: "A routine for sleep, and a plan for bad nights", detail: nil),
                            Option(id: "exercise", label: "Regular exercise, such as a walk", detail: nil),
                            Option(id: "contacts", label: "Deleting dealers from my phone", detail: nil),
                            Option(id: "groups", label: "Going to a group or mutual aid", detail: nil),
                            Option(id: "call", label: "Knowing who to call when it is hard", detail: nil),
                        ],
                        min: nil,
                        max: nil
                    )),
                    location: at(file, 80, 5),
                    textHash: "c42d1be3a9011d0d46bfd8ce35e19b1ad65f8e6c38edaa61d551100baa4d7c76",
                    fieldLocations: [
                        "": at(file, 80, 5),
                        "option.call": at(file, 92, 9),
                        "option.call.label": at(file, 92, 27),
                        "option.company": at(file, 85, 9),
                        "option.company.detail": at(file, 85, 65),
                        "option.company.label": at(file, 85, 30),
                        "option.contacts": at(file, 90, 9),
                        "option.contacts.label": at(file, 90, 31),
                        "option.exercise": at(file, 89, 9),
                        "option.exercise.label": at(file, 89, 31),
                        "option.food-water": at(file, 87, 9),
                        "option.food-water.label": at(file, 87, 33),
                        "option.groups": at(file, 91, 9),
                        "option.groups.label": at(file, 91, 29),
                        "option.ready-home": at(file, 86, 9),
                        "option.ready-home.detail": at(file, 86, 66),
                        "option.ready-home.label": at(file, 86, 33),
                        "option.sleep": at(file, 88, 9),
                        "option.sleep.label": at(file, 88, 28),
                        "options": at(file, 85, 7),
                        "prompt": at(file, 83, 13),
                        "title": at(file, 82, 12),
                    ]
                ),
                Screen(
                    id: "risk-after-detox",
                    title: "Important: the risk of overdose after detox",
                    when: nil,
                    handout: "After a detox, your body is no longer used to opioids. An amount you used to take could kill you. Alcohol or benzodiazepines make the risk worse (NICE CG52).",
                    content: .info(InfoScreen(body: "*Please read this part carefully. It could save your life.*\n\nAfter a detox, your body is no longer used to opioids.\nAn amount you used to take could now kill you.\n\nNICE guidance on detox (CG52) says this raises the risk of overdose and death.\nIt says alcohol or benzodiazepines can make that risk worse.\nA UK study looked at people who stopped methadone or buprenorphine.\nTheir risk of dying was highest in the first 4 weeks after stopping (Cornish and others, BMJ 2010).\n\nThis is not about expecting you to fail. We want you to be safe, whatever happens.\n\nYour keyworker will go through ways to stay safer. They will go into your plan.\n")),
                    location: at(file, 94, 5),
                    textHash: "04363e08f9bc096f3f27bcc00f2812f6c041e2860343c72a000f6476fdc66a5c",
                    fieldLocations: [
                        "": at(file, 94, 5),
                        "body": at(file, 97, 11),
                        "handout": at(file, 111, 14),
                        "title": at(file, 96, 12),
                    ]
                ),
                Screen(
                    id: "naloxone",
                    title: "Naloxone",
                    when: nil,
                    handout: "Naloxone is an emergency medicine for an opioid overdose. Keep a kit with you, and call 999 as well.",
                    content: .info(InfoScreen(body: "Naloxone is an emergency medicine for an opioid overdose. Anyone can use it to save a life in an emergency.\n\nDrug services have been able to give out naloxone without a prescription since October 2015.\nThis is the law in The Human Medicines (Amendment) (No. 3) Regulations 2015.\nA drug service can give a kit to a family member or friend too (Public Health England).\n\nAsk your keyworker for a kit. Ask them to show you how to use it, and what else to do in an emergency.\n")),
                    location: at(file, 113, 5),
                    textHash: "27d79ac1d1149b13468636ebb79f11b4e4791a554f5069ec456d2cc622c443ef",
                    fieldLocations: [
                        "": at(file, 113, 5),
                        "body": at(file, 116, 11),
                        "handout": at(file, 124, 14),
                        "title": at(file, 115, 12),
                    ]
                ),
                Screen(
                    id: "naloxone-kit",
                    title: "A naloxone kit",
                    when: nil,
                    handout: nil,
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
                    location: at(file, 126, 5),
                    textHash: "36f2190e749822e7022f5d4a96af115c8a4f6cceb8b7f21bd346838133344f59",
                    fieldLocations: [
                        "": at(file, 126, 5),
                        "option.have-one": at(file, 132, 9),
                        "option.have-one.label": at(file, 132, 31),
                        "option.not-now": at(file, 133, 9),
                        "option.not-now.label": at(file, 133, 30),
                        "option.not-sure": at(file, 134, 9),
                        "option.not-sure.label": at(file, 134, 31),
                        "option.yes-today": at(file, 131, 9),
                        "option.yes-today.label": at(file, 131, 32),
                        "options": at(file, 131, 7),
                        "prompt": at(file, 129, 13),
                        "title": at(file, 128, 12),
                    ]
                ),
                Screen(
                    id: "aftercare",
                    title: "Support after detox",
                    when: nil,
                    handout: nil,
                    content: .info(InfoScreen(body: "Detox is a start, not the end. NICE guidance on detox (CG52) says continued support matters after it.\n\nSupport after detox can mean:\n- keeping on seeing your keyworker;\n- talking support, on your own or in a group;\n- mutual aid groups, run by people who have been there;\n- help with housing, money, work or family.\n\nAsk your keyworker what support there is here.\n")),
                    location: at(file, 136, 5),
                    textHash: "e3887ceac9ccd4dea50c47b8d904e2f1699701ffeb16b5288bff15356a23e9dd",
                    fieldLocations: [
                        "": at(file, 136, 5),
                        "body": at(file, 139, 11),
                        "title": at(file, 138, 12),
                    ]
                ),
                Screen(
                    id: "aftercare-choice",
                    title: "Your support after detox",
                    when: nil,
                    handout: nil,
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
                    location: at(file, 150, 5),
                    textHash: "51e1a6ea3a0ade84b1d9469a47fac319a5726d7878020be48e3949c9455e9914",
                    fieldLocations: [
                        "": at(file, 150, 5),
                        "option.family": at(file, 159, 9),
                        "option.family.label": at(file, 159, 29),
                        "option.keyworker": at(file, 155, 9),
                        "option.keyworker.label": at(file, 155, 32),
                        "option.mutual-aid": at(file, 157, 9),
                        "option.mutual-aid.label": at(file, 157, 33),
                        "option.not-sure": at(file, 160, 9),
                        "option.not-sure.label": at(file, 160, 31),
                        "option.practical": at(file, 158, 9),
                        "option.practical.label": at(file, 158, 32),
                        "option.talking": at(file, 156, 9),
                        "option.talking.label": at(file, 156, 30),
                        "options": at(file, 155, 7),
                        "prompt": at(file, 153, 13),
                        "title": at(file, 152, 12),
                    ]
                ),
                Screen(
                    id: "medicine",
                    title: "The medicine",
                    when: nil,
                    handout: nil,
                    content: .choice(ChoiceScreen(
                        prompt: "Which medicine would you like to talk about with the prescriber? You decide this together.",
                        options: [
                            Option(id: "methadone", label: "Methadone", detail: "NICE (CG52) says this or buprenorphine should be offered first."),
                            Option(id: "buprenorphine", label: "Buprenorphine", detail: "NICE (CG52) says this or methadone should be offered first."),
                            Option(id: "lofexidine", label: "Lofexidine", detail: "NICE (CG52) says this may be used for some people."),
                            Option(id: "not-sure", label: "I am not sure yet", detail: "The prescriber can tell you more about each one."),
                        ],
                        allowOther: false,
                        optional: false
                    )),
                    location: at(file, 162, 5),
                    textHash: "959b3a7c8701fa58b06bfd35e6b6799d4c71505950263525fa4dda61b642b547",
                    fieldLocations: [
                        "": at(file, 162, 5),
                        "option.buprenorphine": at(file, 168, 9),
                        "option.buprenorphine.detail": at(file, 168, 59),
                        "option.buprenorphine.label": at(file, 168, 36),
                        "option.lofexidine": at(file, 169, 9),
                        "option.lofexidine.detail": at(file, 169, 53),
                        "option.lofexidine.label": at(file, 169, 33),
                        "option.methadone": at(file, 167, 9),
                        "option.methadone.detail": at(file, 167, 51),
                        "option.methadone.label": at(file, 167, 32),
                        "option.not-sure": at(file, 170, 9),
                        "option.not-sure.detail": at(file, 170, 60),
                        "option.not-sure.label": at(file, 170, 31),
                        "options": at(file, 167, 7),
                        "prompt": at(file, 165, 13),
                        "title": at(file, 164, 12),
                    ]
                ),
                Screen(
                    id: "pace",
                    title: "The pace",
                    when: nil,
                    handout: nil,
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
                    location: at(file, 172, 5),
                    textHash: "3610c899d18d4ae268a3d949957b37548b72292fb75c6bb0a64db5ac68777320",
                    fieldLocations: [
                        "": at(file, 172, 5),
                        "option.decide-together": at(file, 180, 9),
                        "option.decide-together.label": at(file, 180, 38),
                        "option.quicker": at(file, 179, 9),
                        "option.quicker.detail": at(file, 179, 49),
                        "option.quicker.label": at(file, 179, 30),
                        "option.slower": at(file, 178, 9),
                        "option.slower.detail": at(file, 178, 47),
                        "option.slower.label": at(file, 178, 29),
                        "options": at(file, 178, 7),
                        "prompt": at(file, 175, 13),
                        "title": at(file, 174, 12),
                    ]
                ),
                Screen(
                    id: "pace-ask",
                    title: "About the pace",
                    when: nil,
                    handout: nil,
                    content: .info(InfoScreen(body: "The prescriber will set the steps with you. Ask how long a detox at this pace usually takes here.\n\nYou can ask to change the pace later. Tell your keyworker if it feels too fast or too slow.\n")),
                    location: at(file, 183, 5),
                    textHash: "c960964978c1aa260555f110ce0ef0e4593f7c51b51a2932619dea505c6bb430",
                    fieldLocations: [
                        "": at(file, 183, 5),
                        "body": at(file, 186, 11),
                        "title": at(file, 185, 12),
                    ]
                ),
                Screen(
                    id: "setting",
                    title: "Where to have your detox",
                    when: nil,
                    handout: nil,
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
                                    "risks": "After detox, your body is not used to opioids. If you use again, the risk of overdose and death is higher (NICE CG52).",
                                    "slip": "Tell your keyworker. You can talk about slowing down or changing the plan.",
                                    "start": "NICE (CG52) says staff should offer this to everyone thinking of a detox. Ask about waits here.",
                                    "what": "You live at home. You collect your medicine and see your keyworker and prescriber.",
                                ],
                                pros: [
                                    "You can come off opioids while you stay near home and family.",
                                    "You can keep your job or caring role.",
                                ],
                                cons: [
                                    "After detox, using again brings a higher risk of overdose and death (NICE CG52).",
                                    "Drugs and old contacts may be close by.",
                                ]
                            ),
                            CompareScreen.Column(
                                id: "unit",
                                label: "In a unit or rehab",
                                values: [
                                    "attend": "You live there for the detox. Ask what the place is like.",
                                    "daily": "There is a set routine and rules. You are away from home.",
                                    "length": "Ask your keyworker how long people usually stay.",
                                    "risks": "When you leave, your body is not used to opioids. If you use again, the risk of overdose and death is higher (NICE CG52).",
                                    "slip": "Each place has its own rules. Ask what happens there if you use.",
                                    "start": "There may be a wait and forms to fill in. Ask about waits here.",
                                    "what": "You stay in a unit where staff look after you during detox. Some people then go on to a rehab.",
                                ],
                                pros: [
                                    "You can come off opioids with staff on hand to help.",
                                    "You are away from drugs and stress.",
                                ],
                                cons: [
                                    "After you leave, using again brings a higher risk of overdose and death (NICE CG52).",
                                    "You are away from home and family.",
                                ]
                            ),
                        ]
                    )),
                    location: at(file, 191, 5),
                    textHash: "b90c7a14595fd7f7af97177988d04b07322d2c4c05e57902f7d7dda421caab22",
                    fieldLocations: [
                        "": at(file, 191, 5),
                        "attribute.attend.label": at(file, 197, 29),
                        "attribute.daily.label": at(file, 199, 28),
                        "attribute.length.label": at(file, 198, 29),
                        "attribute.risks.label": at(file, 200, 28),
                        "attribute.slip.label": at(file, 201, 27),
                        "attribute.start.label": at(file, 202, 28),
                        "attribute.what.label": at(file, 196, 27),
                        "option.community": at(file, 204, 9),
                        "option.community.con.1": at(file, 218, 13),
                        "option.community.con.2": at(file, 219, 13),
                        "option.community.label": at(file, 205, 16),
                        "option.community.pro.1": at(file, 215, 13),
                        "option.community.pro.2": at(file, 216, 13),
                        "option.community.value.attend": at(file, 208, 19),
                        "option.community.value.daily": at(file, 210, 18),
                        "option.community.value.length": at(file, 209, 19),
                        "option.community.value.risks": at(file, 211, 18),
                        "option.community.value.slip": at(file, 212, 17),
                        "option.community.value.start": at(file, 213, 18),
                        "option.community.value.what": at(file, 207, 17),
                        "option.unit": at(file, 220, 9),
                        "option.unit.con.1": at(file, 234, 13),
                        "option.unit.con.2": at(file, 235, 13),
                        "option.unit.label": at(file, 221, 16),
                        "option.unit.pro.1": at(file, 231, 13),
                        "option.unit.pro.2": at(file, 232, 13),
                        "option.unit.value.attend": at(file, 224, 19),
                        "option.unit.value.daily": at(file, 226, 18),
                        "option.unit.value.length": at(file, 225, 19),
                        "option.unit.value.risks": at(file, 227, 18),
                        "option.unit.value.slip": at(file, 228, 17),
                        "option.unit.value.start": at(file, 229, 18),
                        "option.unit.value.what": at(file, 223, 17),
                        "options": at(file, 204, 7),
                        "prompt": at(file, 194, 13),
                        "title": at(file, 193, 12),
                    ]
                ),
                Screen(
                    id: "choose",
                    title: "Your choice",
                    when: nil,
                    handout: nil,
                    content: .decision(DecisionScreen(from: "setting", prompt: "Where would you like to have your detox? Say why in your own words. Your keyworker will say what they think too.")),
                    location: at(file, 237, 5),
                    textHash: "dd6b0bbad9b7425826e3c9b68f6cbebe2c1327e76872147b4ae9ee7103ca8d6a",
                    fieldLocations: [
                        "": at(file, 237, 5),
                        "prompt": at(file, 241, 13),
                        "title": at(file, 239, 12),
                    ]
                ),
                Screen(
                    id: "availability",
                    title: "Can it start now?",
                    when: nil,
                    handout: nil,
                    content: .availability(AvailabilityScreen(from: "choose", prompt: "Your keyworker will say if this can start now. If not, you will agree what happens while you wait, and how you will hear about delays.")),
                    location: at(file, 243, 5),
                    textHash: "8858f90e0f6ac9294f2c26c27dc88a7ea1a09bbbf94288be3cdabfb51a1c3b3a",
                    fieldLocations: [
                        "": at(file, 243, 5),
                        "prompt": at(file, 247, 13),
                        "title": at(file, 245, 12),
                    ]
                ),
                Screen(
                    id: "sure",
                    title: "Checking in",
                    when: nil,
                    handout: nil,
                    content: .sure(SureScreen(intro: "Here are four short questions. They check that you feel ready. It is fine to say no.")),
                    location: at(file, 249, 5),
                    textHash: "84857c6626f0130d7b1bac4345b743cf379bff435be686019a67c4832c19d836",
                    fieldLocations: [
                        "": at(file, 249, 5),
                        "intro": at(file, 252, 12),
                        "title": at(file, 251, 12),
                    ]
                ),
                Screen(
                    id: "summary",
                    title: "Before you sign",
                    when: nil,
                    handout: nil,
                    content: .summary(SummaryScreen(intro: "Here is what you chose and said today. Read it through. You can go back and change anything.")),
                    location: at(file, 254, 5),
                    textHash: "c4389f485ad4eab1d37e27286c2b60adb69583175bdc0be87e25ce089aa6d4cf",
                    fieldLocations: [
                        "": at(file, 254, 5),
                        "intro": at(file, 257, 12),
                        "title": at(file, 256, 12),
                    ]
                ),
                Screen(
                    id: "agree",
                    title: "Our detox plan",
                    when: nil,
                    handout: nil,
                    content: .consent(ConsentScreen(
                        intro: "Please read each line. Tick it if you agree. Then you both sign.",
                        statements: [
                            ConsentScreen.Statement(id: "chosen-together", text: "I helped choose the medicine, the pace and the place of my detox.", when: Condition(screen: "choose", test: .isOption("accepted"), location: at(file, 268, 15))),
                            ConsentScreen.Statement(id: "place-instead", text: "We talked about the medicine and the pace together. The place I wanted could not go into my plan now. I know why, and what we agreed instead.", when: Condition(screen: "choose", test: .isOption("not-accepted"), location: at(file, 271, 15))),
                            ConsentScreen.Statement(id: "withdrawal", text: "I know withdrawal can be hard, and I have some ways to cope."),
                            ConsentScreen.Statement(id: "overdose-risk", text: "I know that after detox an amount I used to take could kill me.", required: true),
                            ConsentScreen.Statement(id: "mixing", text: "I know alcohol or benzodiazepines can make that risk worse."),
                            ConsentScreen.Statement(id: "naloxone", text: "I have been offered naloxone and shown where to get it."),
                            ConsentScreen.Statement(id: "aftercare", text: "We have agreed the support I will get after detox."),
                            ConsentScreen.Statement(id: "change", text: "I can ask to slow down or change the plan, at any time."),
                        ],
                        signers: [.client, .keyworker],
                        meanings: [.client: "I agree to this detox plan.", .keyworker: "I explained the choices and the risks, and answered the questions."],
                        revisitAfterDays: 28,
                        requiresSure: true
                    )),
                    location: at(file, 259, 5),
                    textHash: "3d39f7aea3c1ab956aecaa2dbc0f468d3d50dbf89be50f0fd4ab68fd838ae4d0",
                    fieldLocations: [
                        "": at(file, 259, 5),
                        "intro": at(file, 262, 12),
                        "meaning.client": at(file, 280, 15),
                        "meaning.keyworker": at(file, 281, 18),
                        "statement.aftercare": at(file, 276, 31),
                        "statement.change": at(file, 277, 28),
                        "statement.chosen-together": at(file, 267, 15),
                        "statement.mixing": at(file, 274, 28),
                        "statement.naloxone": at(file, 275, 30),
                        "statement.overdose-risk": at(file, 273, 35),
                        "statement.place-instead": at(file, 270, 15),
                        "statement.withdrawal": at(file, 272, 32),
                        "title": at(file, 261, 12),
                    ]
                ),
                Screen(
                    id: "next",
                    title: "What happens next",
                    when: nil,
                    handout: nil,
                    content: .info(InfoScreen(body: "Thank you. That is the end of today's session.\n\nYou will get a copy of what you agreed. Page one says what happens next, who to call, and your receipt code.\nThe code shows that nobody changed the record later.\n\nIf things get hard before your next visit, call the service. The number is on your copy.\n")),
                    location: at(file, 285, 5),
                    textHash: "d91df42be2f68f8e57c8e439503bc4ec154935777689331d9e34535d2cad1f7f",
                    fieldLocations: [
                        "": at(file, 285, 5),
                        "body": at(file, 288, 11),
                        "title": at(file, 287, 12),
                    ]
                ),
            ],
            origin: "builtin:detox-planning",
            contentHash: "b29de884d8608403c1c3216f022d783baaf02953611015becaae5918c32bc92e",
            fieldLocations: [
                "": at(file, 10, 1),
                "id": at(file, 11, 5),
                "keywork": at(file, 10, 10),
                "language": at(file, 14, 11),
                "mode": at(file, 15, 7),
                "notice": at(file, 25, 9),
                "screens": at(file, 27, 3),
                "sources": at(file, 18, 3),
                "status": at(file, 16, 9),
                "title": at(file, 12, 8),
                "version": at(file, 13, 10),
            ]
        )
    }

    private static func guide_first_appointment() -> Guide {
        let file = "builtin:first-appointment"
        return Guide(
            formatVersion: 1,
            id: "first-appointment",
            title: "Your first appointment",
            version: "2026-12",
            language: "en",
            mode: .session,
            participants: nil,
            status: .draft,
            reviewedBy: nil,
            reviewed: nil,
            reviewBy: nil,
            sources: [
                "NICE TA114, Methadone and buprenorphine for the management of opioid dependence (2007)",
                "NICE CG52, Drug misuse in over 16s: opioid detoxification (2007)",
                "Cornish and others, Risk of death during and after opiate substitution treatment in primary care, BMJ (2010)",
                "Fischer, Jenkins, Bloor, Neale and Berney, Drug user involvement in treatment decisions, Joseph Rowntree Foundation (undated web page, read 2026)",
                "NICE NG197, Shared decision making (2021)",
                "Joseph-Williams and others, Toward minimum standards for certifying patient decision aids, Medical Decision Making (2014)",
            ],
            notice: "An agency's clinical lead must review this guide before real use.",
            repeatAfterDays: nil,
            screens: [
                Screen(
                    id: "welcome",
                    title: "Welcome",
                    when: nil,
                    handout: nil,
                    content: .info(InfoScreen(body: "Thank you for coming in today. That can take a lot.\n\nYou and your keyworker will look at this screen together.\nThere is no rush. Nothing moves on until you are ready.\nYou can say no, or say you are not sure. That is fine.\n\n- {key:question}: note a question, at any time.\n- {key:not-sure}: say you are *not sure*, or do not agree.\n- {key:back}: go back. Your answers are kept.\n- {key:pause}: stop for now, and carry on another day.\n")),
                    location: at(file, 27, 5),
                    textHash: "1ae0b1699b97d02e07d3270b83e7faef81113c14261e1871325345c8a7e8f364",
                    fieldLocations: [
                        "": at(file, 27, 5),
                        "body": at(file, 30, 11),
                        "title": at(file, 29, 12),
                    ]
                ),
                Screen(
                    id: "what-happens",
                    title: "What happens in treatment",
                    when: nil,
                    handout: nil,
                    content: .info(InfoScreen(body: "Treatment is more than a medicine. It is a plan that you and your keyworker make together.\n\n- You meet your keyworker to talk about how things are going.\n- You agree a plan. You can look at it again later and change it.\n- Some people also get a medicine. A doctor or nurse, called the prescriber, decides this with you.\n\nAsk your keyworker how often you will meet here. Ask who else you will see.\n")),
                    location: at(file, 42, 5),
                    textHash: "e30044df9043f36640a233fd795a2fcd4128c93ee604739476bd02e7a6bfa648",
                    fieldLocations: [
                        "": at(file, 42, 5),
                        "body": at(file, 45, 11),
                        "title": at(file, 44, 12),
                    ]
                ),
                Screen(
                    id: "its-hard",
                    title: "Being honest about treatment",
                    when: nil,
                    handout: nil,
                    content: .info(InfoScreen(body: "Treatment can be hard, and parts of it may be tough for you. That is normal. It does not mean you are doing it wrong.\n\nResearch in UK drug services found that people often disagreed but did not say so.\nThis could lead them to leave treatment early (Joseph Rowntree Foundation report).\n\nSo please tell us if something is not right for you. You can say so on any screen: {key:not-sure}.\nWe would much rather hear it now.\n")),
                    location: at(file, 54, 5),
                    textHash: "0912bcafc03fa1a4a9bb7f7c5299d299e0994d4951c54116954d93469a397906",
                    fieldLocations: [
                        "": at(file, 54, 5),
                        "body": at(file, 57, 11),
                        "title": at(file, 56, 12),
                    ]
                ),
                Screen(
                    id: "goal",
                    title: "What you want",
                    when: nil,
                    handout: nil,
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
                    location: at(file, 66, 5),
                    textHash: "49a73f901007b2113e2e04680fb77f5b1979a4d91ae9e34870ce495c0e30ce80",
                    fieldLocations: [
                        "": at(file, 66, 5),
                        "option.reduce-harm": at(file, 74, 9),
                        "option.reduce-harm.detail": at(file, 74, 59),
                        "option.reduce-harm.label": at(file, 74, 34),
                        "option.stable": at(file, 73, 9),
                        "option.stable.detail": at(file, 73, 55),
                        "option.stable.label": at(file, 73, 29),
                        "option.stop": at(file, 72, 9),
                        "option.stop.detail": at(file, 72, 58),
                        "option.stop.label": at(file, 72, 27),
                        "options": at(file, 72, 7),
                        "prompt": at(file, 69, 13),
                        "title": at(file, 68, 12),
                    ]
                ),
                Screen(
                    id: "stopping",
                    title: "If you want to stop",
                    when: Condition(screen: "goal", test: .isOption("stop"), location: at(file, 79, 11)),
                    handout: "After a detox, your body is no longer used to opioids. An amount you used to take could kill you (NICE CG52).",
                    content: .info(InfoScreen(body: "Stopping completely is a real goal. We can plan for it together.\n\nOne thing matters a lot. After a detox, your body is no longer used to opioids.\nNICE guidance on detox (CG52) says this raises the risk of overdose and death if you use again.\nIt says alcohol or benzodiazepines can make that risk worse.\n\nWe will talk about how to stay safe, whatever happens.\n")),
                    location: at(file, 76, 5),
                    textHash: "fdd200c77b254b61142d37826c78f3c21afb89cccbe564114b6be095e37250c1",
                    fieldLocations: [
                        "": at(file, 76, 5),
                        "body": at(file, 80, 11),
                        "handout": at(file, 88, 14),
                        "title": at(file, 78, 12),
                    ]
                ),
                Screen(
                    id: "what-matters",
                    title: "What matters to you",
                    when: nil,
                    handout: nil,
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
                    location: at(file, 90, 5),
                    textHash: "7a03f2bfce0dd368d5a894fd3c7eadb872fb0cfebea026dd8988cd4ba247e696",
                    fieldLocations: [
                        "": at(file, 90, 5),
                        "option.home": at(file, 95, 9),
                        "option.home.label": at(file, 95, 27),
                        "option.no-medicine": at(file, 96, 9),
                        "option.no-medicine.label": at(file, 96, 34),
                        "option.pain": at(file, 101, 9),
                        "option.pain.label": at(file, 101, 27),
                        "option.privacy": at(file, 98, 9),
                        "option.privacy.label": at(file, 98, 30),
                        "option.structure": at(file, 97, 9),
                        "option.structure.label": at(file, 97, 32),
                        "option.withdrawal": at(file, 99, 9),
                        "option.withdrawal.label": at(file, 99, 33),
                        "option.work": at(file, 100, 9),
                        "option.work.label": at(file, 100, 27),
                        "options": at(file, 95, 7),
                        "prompt": at(file, 93, 13),
                        "title": at(file, 92, 12),
                    ]
                ),
                Screen(
                    id: "routes",
                    title: "The main ways forward",
                    when: nil,
                    handout: "On methadone or buprenorphine, people died about half as often as off it. The risk was higher in the first 2 weeks of starting. It was also higher in the first 4 weeks after stopping (Cornish and others, BMJ 2010).",
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
                                    "attend": "At first you take it at the chemist each day, with staff watching. NICE (TA114) says this is for at least the first 3 months.",
                                    "daily": "You fit the chemist into your day. You may feel less up and down.",
                                    "length": "You and the prescriber review this together. Ask how long people usually stay on it here.",
                                    "risks": "In a UK study, people died about half as often while on it as when off it. But the risk was higher in the first 2 weeks of starting. It was also higher in the first 4 weeks after stopping (Cornish and others, BMJ 2010). After stopping, your body is less used to opioids, so an overdose is more likely (NICE CG52).",
                                    "slip": "Tell your keyworker. Being honest helps you get the right support. Your plan can change.",
                                    "start": "Ask your keyworker about waits here.",
                                    "what": "You take a medicine each day in place of street opioids. You also get support. NICE (TA114) says the medicine is chosen case by case, with you. If both suit you equally, it says methadone should be first.",
                                ],
                                pros: [
                                    "In a UK study, the risk of dying was lower while people stayed on it (Cornish and others, BMJ 2010).",
                                    "You do not have to find drugs each day.",
                                    "Life can feel more steady.",
                                ],
                                cons: [
                                    "In the same study, the risk of dying was higher in the first weeks of starting, and after stopping.",
                                    "You go to the chemist often, at least at first.",
                                    "Some people feel they swap one drug for another.",
                                ]
                            ),
                            CompareScreen.Column(
                                id: "community-detox",
                                label: "Detox in the community",
                                values: [
                                    "attend": "You see your keyworker and prescriber often. Ask how often here.",
                                    "daily": "You stay at home and keep your routine. Withdrawal can make some days hard.",
                                    "length": "You agree the length together. Ask your keyworker how long it usually takes here.",
                                    "risks": "After detox, your body is not used to opioids. If you use again, the risk of overdose and death is higher (NICE CG52).",
                                    "slip": "Tell your keyworker. You can talk about slowing down or trying another way.",
                                    "start": "Ask your keyworker about waits here.",
                                    "what": "You come off opioids slowly with a medicine, while you live at home.",
                                ],
                                pros: [
                                    "You can come off opioids while you stay at home.",
                                    "You can keep your job or caring role.",
                                    "You take part in setting the pace.",
                                ],
                                cons: [
                                    "After detox, using again brings a higher risk of overdose and death (NICE CG52).",
                                    "Drugs and old contacts may be close by.",
                                    "Withdrawal can be hard to cope with at home.",
                                ]
                            ),
                            CompareScreen.Column(
                                id: "inpatient",
                                label: "Detox in a unit, or rehab",
                                values: [
                                    "attend": "You live there for a while. Ask your keyworker what the place is like.",
                                    "daily": "There is a set routine with groups and rules. You are away from home.",
                                    "length": "Ask your keyworker how long people usually stay.",
                                    "risks": "When you leave, your body is not used to opioids. If you use again, the risk of overdose and death is higher (NICE CG52).",
                                    "slip": "Each place has its own rules. Ask what happens there if you use.",
                                    "start": "There may be a wait and forms to fill in. Ask about waits here.",
                                    "what": "You stay in a unit for detox, or live in a rehab. Staff are on hand.",
                                ],
                                pros: [
                                    "You can come off opioids with staff on hand to help.",
                                    "You are away from drugs and stress.",
                                    "There is a lot of structure.",
                                ],
                                cons: [
                                    "After you leave, using again brings a higher risk of overdose and death (NICE CG52).",
                                    "You are away from home and family.",
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
                                    "risks": "There is no medicine for withdrawal or cravings. If you still use opioids, you can still overdose. Ask about naloxone and how to stay safer.",
                                    "slip": "You can keep going. Talk about it with your keyworker or the group.",
                                    "start": "Some groups you can join soon. Ask your keyworker what is near you.",
                                    "what": "You talk with a worker or a group. Mutual aid means groups run by people who have been there.",
                                ],
                                pros: [
                                    "You get support to change, with no medicine to collect.",
                                    "You meet people who understand.",
                                    "You can add it to any other help.",
                                ],
                                cons: [
                                    "If you still use opioids, you can still overdose.",
                                    "It does not treat withdrawal.",
                                    "Talking in a group is hard for some people.",
                                ]
                            ),
                        ]
                    )),
                    location: at(file, 103, 5),
                    textHash: "a7e3cb3f83f0f406f18cd1b1038480d82119b1cbde556c93de00a12006912776",
                    fieldLocations: [
                        "": at(file, 103, 5),
                        "attribute.attend.label": at(file, 109, 29),
                        "attribute.daily.label": at(file, 111, 28),
                        "attribute.length.label": at(file, 110, 29),
                        "attribute.risks.label": at(file, 112, 28),
                        "attribute.slip.label": at(file, 113, 27),
                        "attribute.start.label": at(file, 114, 28),
                        "attribute.what.label": at(file, 108, 27),
                        "handout": at(file, 188, 14),
                        "option.community-detox": at(file, 134, 9),
                        "option.community-detox.con.1": at(file, 149, 13),
                        "option.community-detox.con.2": at(file, 150, 13),
                        "option.community-detox.con.3": at(file, 151, 13),
                        "option.community-detox.label": at(file, 135, 16),
                        "option.community-detox.pro.1": at(file, 145, 13),
                        "option.community-detox.pro.2": at(file, 146, 13),
                        "option.community-detox.pro.3": at(file, 147, 13),
                        "option.community-detox.value.attend": at(file, 138, 19),
                        "option.community-detox.value.daily": at(file, 140, 18),
                        "option.community-detox.value.length": at(file, 139, 19),
                        "option.community-detox.value.risks": at(file, 141, 18),
                        "option.community-detox.value.slip": at(file, 142, 17),
                        "option.community-detox.value.start": at(file, 143, 18),
                        "option.community-detox.value.what": at(file, 137, 17),
                        "option.inpatient": at(file, 152, 9),
                        "option.inpatient.con.1": at(file, 167, 13),
                        "option.inpatient.con.2": at(file, 168, 13),
                        "option.inpatient.con.3": at(file, 169, 13),
                        "option.inpatient.label": at(file, 153, 16),
                        "option.inpatient.pro.1": at(file, 163, 13),
                        "option.inpatient.pro.2": at(file, 164, 13),
                        "option.inpatient.pro.3": at(file, 165, 13),
                        "option.inpatient.value.attend": at(file, 156, 19),
                        "option.inpatient.value.daily": at(file, 158, 18),
                        "option.inpatient.value.length": at(file, 157, 19),
                        "option.inpatient.value.risks": at(file, 159, 18),
                        "option.inpatient.value.slip": at(file, 160, 17),
                        "option.inpatient.value.start": at(file, 161, 18),
                        "option.inpatient.value.what": at(file, 155, 17),
                        "option.prescribing": at(file, 116, 9),
                        "option.prescribing.con.1": at(file, 131, 13),
                        "option.prescribing.con.2": at(file, 132, 13),
                        "option.prescribing.con.3": at(file, 133, 13),
                        "option.prescribing.label": at(file, 117, 16),
                        "option.prescribing.pro.1": at(file, 127, 13),
                        "option.prescribing.pro.2": at(file, 128, 13),
                        "option.prescribing.pro.3": at(file, 129, 13),
                        "option.prescribing.value.attend": at(file, 120, 19),
                        "option.prescribing.value.daily": at(file, 122, 18),
                        "option.prescribing.value.length": at(file, 121, 19),
                        "option.prescribing.value.risks": at(file, 123, 18),
                        "option.prescribing.value.slip": at(file, 124, 17),
                        "option.prescribing.value.start": at(file, 125, 18),
                        "option.prescribing.value.what": at(file, 119, 17),
                        "option.talking": at(file, 170, 9),
                        "option.talking.con.1": at(file, 185, 13),
                        "option.talking.con.2": at(file, 186, 13),
                        "option.talking.con.3": at(file, 187, 13),
                        "option.talking.label": at(file, 171, 16),
                        "option.talking.pro.1": at(file, 181, 13),
                        "option.talking.pro.2": at(file, 182, 13),
                        "option.talking.pro.3": at(file, 183, 13),
                        "option.talking.value.attend": at(file, 174, 19),
                        "option.talking.value.daily": at(file, 176, 18),
                        "option.talking.value.length": at(file, 175, 19),
                        "option.talking.value.risks": at(file, 177, 18),
                        "option.talking.value.slip": at(file, 178, 17),
                        "option.talking.value.start": at(file, 179, 18),
                        "option.talking.value.what": at(file, 173, 17),
                        "options": at(file, 116, 7),
                        "prompt": at(file, 106, 13),
                        "title": at(file, 105, 12),
                    ]
                ),
                Screen(
                    id: "choose",
                    title: "Your choice",
                    when: nil,
                    handout: nil,
                    content: .decision(DecisionScreen(from: "routes", prompt: "Which way feels right for you now? Say why in your own words. Your keyworker will say what they think too.")),
                    location: at(file, 190, 5),
                    textHash: "064c7efb82dcc7e7b8465585061699ad88aa03031bf5068d22995b1c56ee8b63",
                    fieldLocations: [
                        "": at(file, 190, 5),
                        "prompt": at(file, 194, 13),
                        "title": at(file, 192, 12),
                    ]
                ),
                Screen(
                    id: "availability",
                    title: "Can it start now?",
                    when: nil,
                    handout: nil,
                    content: .availability(AvailabilityScreen(from: "choose", prompt: "Your keyworker will say if this can start now. If not, you will agree what happens while you wait, and how you will hear about delays.")),
                    location: at(file, 196, 5),
                    textHash: "8858f90e0f6ac9294f2c26c27dc88a7ea1a09bbbf94288be3cdabfb51a1c3b3a",
                    fieldLocations: [
                        "": at(file, 196, 5),
                        "prompt": at(file, 200, 13),
                        "title": at(file, 198, 12),
                    ]
                ),
                Screen(
                    id: "sure",
                    title: "Checking in",
                    when: nil,
                    handout: nil,
                    content: .sure(SureScreen(intro: "Here are four short questions. They check that you feel ready. It is fine to say no.")),
                    location: at(file, 202, 5),
                    textHash: "84857c6626f0130d7b1bac4345b743cf379bff435be686019a67c4832c19d836",
                    fieldLocations: [
                        "": at(file, 202, 5),
                        "intro": at(file, 205, 12),
                        "title": at(file, 204, 12),
                    ]
                ),
                Screen(
                    id: "summary",
                    title: "Before you sign",
                    when: nil,
                    handout: nil,
                    content: .summary(SummaryScreen(intro: "Here is what you chose and said today. Read it through. You can go back and change anything.")),
                    location: at(file, 207, 5),
                    textHash: "c4389f485ad4eab1d37e27286c2b60adb69583175bdc0be87e25ce089aa6d4cf",
                    fieldLocations: [
                        "": at(file, 207, 5),
                        "intro": at(file, 210, 12),
                        "title": at(file, 209, 12),
                    ]
                ),
                Screen(
                    id: "agree",
                    title: "Our first plan",
                    when: nil,
                    handout: nil,
                    content: .consent(ConsentScreen(
                        intro: "Please read each line. Tick it if you agree. Then you both sign.",
                        statements: [
                            ConsentScreen.Statement(id: "choice", text: "I chose the way forward that feels right for me now.", when: Condition(screen: "choose", test: .isOption("accepted"), location: at(file, 219, 90))),
                            ConsentScreen.Statement(id: "choice-instead", text: "The way I wanted could not go into my plan now. I know why, and what we agreed instead.", when: Condition(screen: "choose", test: .isOption("not-accepted"), location: at(file, 222, 15))),
                            ConsentScreen.Statement(id: "risks", text: "My keyworker told me the main risks, and how to lower them.", required: true),
                            ConsentScreen.Statement(id: "wait", text: "I know what happens while I wait, and how I will hear about delays.", when: Condition(screen: "availability", test: .isOption("not-available"), location: at(file, 226, 15))),
                            ConsentScreen.Statement(id: "speak-up", text: "I can say if something is not right for me, at any time."),
                            ConsentScreen.Statement(id: "keyworker", text: "My keyworker will do what we agreed today."),
                            ConsentScreen.Statement(id: "revisit", text: "We will look at this plan again together, and it can change."),
                        ],
                        signers: [.client, .keyworker],
                        meanings: [.client: "I agree to this first plan.", .keyworker: "I explained the options and the risks, and answered the questions."],
                        revisitAfterDays: 84,
                        requiresSure: true
                    )),
                    location: at(file, 212, 5),
                    textHash: "44f0d430bddc2b716275acf0b2fac7b1f1f5a94ab48a30eb9a7b121fffb73ec9",
                    fieldLocations: [
                        "": at(file, 212, 5),
                        "intro": at(file, 215, 12),
                        "meaning.client": at(file, 232, 15),
                        "meaning.keyworker": at(file, 233, 18),
                        "statement.choice": at(file, 219, 28),
                        "statement.choice-instead": at(file, 221, 15),
                        "statement.keyworker": at(file, 228, 31),
                        "statement.revisit": at(file, 229, 29),
                        "statement.risks": at(file, 223, 27),
                        "statement.speak-up": at(file, 227, 30),
                        "statement.wait": at(file, 225, 15),
                        "title": at(file, 214, 12),
                    ]
                ),
                Screen(
                    id: "next",
                    title: "What happens next",
                    when: nil,
                    handout: nil,
                    content: .info(InfoScreen(body: "Thank you. That is the end of today's session.\n\nYou will get a copy of what you agreed. Page one says what happens next, who to call, and your receipt code.\nThe code shows that nobody changed the record later.\n\nIf you have a question before your next visit, call the service. The number is on your copy.\n")),
                    location: at(file, 237, 5),
                    textHash: "1bb79e004b287b34ad3a405222a99e9c380d1154d13fc9ad73acfdbc5e059b73",
                    fieldLocations: [
                        "": at(file, 237, 5),
                        "body": at(file, 240, 11),
                        "title": at(file, 239, 12),
                    ]
                ),
            ],
            origin: "builtin:first-appointment",
            contentHash: "89236bfe02b45d28e3f4aea161f0234ff695fe0de9f2b4636e445be2134293dc",
            fieldLocations: [
                "": at(file, 11, 1),
                "id": at(file, 12, 5),
                "keywork": at(file, 11, 10),
                "language": at(file, 15, 11),
                "mode": at(file, 16, 7),
                "notice": at(file, 25, 9),
                "screens": at(file, 27, 3),
                "sources": at(file, 19, 3),
                "status": at(file, 17, 9),
                "title": at(file, 13, 8),
                "version": at(file, 14, 10),
            ]
        )
    }

    private static func guide_induction_group() -> Guide {
        let file = "builtin:induction-group"
        return Guide(
            formatVersion: 1,
            id: "induction-group",
            title: "Starting methadone or buprenorphine (group)",
            version: "2026-12",
            language: "en",
            mode: .group,
            participants: .count,
            status: .draft,
            reviewedBy: nil,
            reviewed: nil,
            reviewBy: nil,
            sources: [
                "NICE TA114, Methadone and buprenorphine for the management of opioid dependence (2007)",
                "NICE CG52, Drug misuse in over 16s: opioid detoxification (2007)",
                "Cornish and others, Risk of death during and after opiate substitution treatment in primary care, BMJ (2010)",
                "MHRA Drug Safety Update, Pregabalin (Lyrica), gabapentin (Neurontin) and risk of abuse and dependence (2019)",
                "The Human Medicines (Amendment) (No. 3) Regulations 2015",
                "Public Health England, Widening the availability of naloxone (2015, updated 2019)",
                "Fischer, Jenkins, Bloor, Neale and Berney, Drug user involvement in treatment decisions, Joseph Rowntree Foundation (undated web page, read 2026)",
            ],
            notice: "An agency's clinical lead must review this guide before real use.",
            repeatAfterDays: nil,
            screens: [
                Screen(
                    id: "welcome",
                    title: "Welcome to the group",
                    when: nil,
                    handout: nil,
                    content: .info(InfoScreen(body: "Welcome. This group is for people who are starting methadone or buprenorphine.\n\nWe will talk about what the first weeks are like, and how to stay safe.\nYou will meet other people who are starting too. You can share what you know.\n\nYou do not have to speak. You can just listen.\nIf you have a question, ask it at any time. The facilitator can note it without your name.\n")),
                    location: at(file, 29, 5),
                    textHash: "0f43c33986683500bd11611e881e96d36da14b2582bd3fcb2b37f2eb6298d5d1",
                    fieldLocations: [
                        "": at(file, 29, 5),
                        "body": at(file, 32, 11),
                        "title": at(file, 31, 12),
                    ]
                ),
                Screen(
                    id: "ground-rules",
                    title: "Our ground rules",
                    when: nil,
                    handout: nil,
                    content: .acknowledge(AcknowledgeScreen(
                        intro: "The facilitator reads each rule out. Then the group says if it agrees. Change a rule if the group wants to.",
                        statements: [
                            ConsentScreen.Statement(id: "private", text: "What people say here stays in this room."),
                            ConsentScreen.Statement(id: "safety-limit", text: "If someone may be at risk of serious harm, staff may have to pass that on."),
                            ConsentScreen.Statement(id: "respect", text: "We treat each other with respect. We do not judge."),
                            ConsentScreen.Statement(id: "one-voice", text: "One person talks at a time."),
                            ConsentScreen.Statement(id: "no-pressure", text: "Nobody has to speak or share."),
                            ConsentScreen.Statement(id: "leave", text: "Anyone can step out for a break."),
                            ConsentScreen.Statement(id: "no-drugs", text: "Nobody sells, swaps or passes on drugs or medicine here."),
                        ],
                        prompt: "How many of the group agree to these rules?"
                    )),
                    location: at(file, 41, 5),
                    textHash: "5812adbe4529e6e6c1c107aaff55d29ee4cf475b5df86a960c9268b16f579b2c",
                    fieldLocations: [
                        "": at(file, 41, 5),
                        "intro": at(file, 44, 12),
                        "prompt": at(file, 53, 13),
                        "statement.leave": at(file, 51, 27),
                        "statement.no-drugs": at(file, 52, 30),
                        "statement.no-pressure": at(file, 50, 33),
                        "statement.one-voice": at(file, 49, 31),
                        "statement.private": at(file, 46, 29),
                        "statement.respect": at(file, 48, 29),
                        "statement.safety-limit": at(file, 47, 34),
                        "title": at(file, 43, 12),
                    ]
                ),
                Screen(
                    id: "first-weeks",
                    title: "The first weeks",
                    when: nil,
                    handout: nil,
                    content: .info(InfoScreen(body: "The first weeks are a time of change. You will see your prescriber and keyworker often.\n\nNICE guidance (TA114) says methadone and buprenorphine are both options.\nThe choice is made case by case, with each person.\nIf both suit someone equally, NICE says methadone should be the first choice.\nTreatment also comes with support, not just a medicine (NICE TA114).\n\nAsk your keyworker what the first weeks will look like for you here.\n")),
                    location: at(file, 55, 5),
                    textHash: "cdf9ac6225886330d15a0b4a28d0db05ec6f596aec442cd9153bdad883b32d0b",
                    fieldLocations: [
                        "": at(file, 55, 5),
                        "body": at(file, 58, 11),
                        "title": at(file, 57, 12),
                    ]
                ),
                Screen(
                    id: "dose",
                    title: "Finding the right dose",
                    when: nil,
                    handout: nil,
                    content: .info(InfoScreen(body: "Your prescriber sets your dose with you. NICE (TA114) says different people need different doses.\nIt can take time to find the dose that is right for you.\n\nTell your prescriber or keyworker how you feel on your dose. This helps them get it right.\n\nDo not compare your dose with other people's.\nAsk your prescriber how your dose will be checked and changed.\n")),
                    location: at(file, 68, 5),
                    textHash: "17a81ca0ad8acc96dc97db96d16d7b7bd233e32d51313e7368a41285ca8e26ff",
                    fieldLocations: [
                        "": at(file, 68, 5),
                        "body": at(file, 71, 11),
                        "title": at(file, 70, 12),
                    ]
                ),
                Screen(
                    id: "chemist",
                    title: "Taking your dose at the chemist",
                    when: nil,
                    handout: "At first, you take each dose at the chemist every day while the pharmacist watches. NICE (TA114) says this is for at least the first 3 months.",
                    content: .info(InfoScreen(body: "You collect your medicine from a chemist. At first, you take it there while the pharmacist watches.\n\nNICE guidance (TA114) says doses should be taken daily, under supervision, for at least the first 3 months.\nIt says this should be relaxed only when staff are sure you take it as agreed.\n\nAsk your keyworker which chemist you will use, and what times it is open for you.\n")),
                    location: at(file, 80, 5),
                    textHash: "33248c005f60326522165a2b18ac4a269b9743bb1b37415783e6cd7380f15b4b",
                    fieldLocations: [
                        "": at(file, 80, 5),
                        "body": at(file, 83, 11),
                        "handout": at(file, 90, 14),
                        "title": at(file, 82, 12),
                    ]
                ),
                Screen(
                    id: "missed",
                    title: "If you miss a dose",
                    when: nil,
                    handout: nil,
                    content: .info(InfoScreen(body: "Life gets in the way sometimes. If you miss a dose, or think you will, tell the chemist and your keyworker.\n\nEach service has its own rule about missed doses. Ask your keyworker what the rule is here.\nAsk what to do if you miss one.\n")),
                    location: at(file, 92, 5),
                    textHash: "dd25f47c8ec48d2f77e4f5d368f13009b3f2913978f6dccb7e0083a9299614a4",
                    fieldLocations: [
                        "": at(file, 92, 5),
                        "body": at(file, 95, 11),
                        "title": at(file, 94, 12),
                    ]
                ),
                Screen(
                    id: "side-effects",
                    title: "Side effects",
                    when: nil,
                    handout: nil,
                    content: .info(InfoScreen(body: "All medicines can have side effects. People feel them in different ways.\n\nAsk your prescriber or the pharmacist what to look out for with your medicine.\nTell them about anything that worries you. They would rather know.\n")),
                    location: at(file, 101, 5),
                    textHash: "e43c06e339b71b054d564d35830ff0d51b9504f324a042354bc57f8ab31321e4",
                    fieldLocations: [
                        "": at(file, 101, 5),
                        "body": at(file, 104, 11),
                        "title": at(file, 103, 12),
                    ]
                ),
                Screen(
                    id: "overdose",
                    title: "Overdose and mixing drugs",
                    when: nil,
                    handout: "The risk is higher in the first 2 weeks of starting and after stopping (Cornish and others, BMJ 2010). Mixing alcohol, benzodiazepines, pregabalin or gabapentin with your medicine makes an overdose more likely.",
                    content: .info(InfoScreen(body: "*This part is about staying alive. Please listen carefully.*\n\nA UK study looked at people on methadone or buprenorphine.\nTheir risk of dying was higher in the first 2 weeks of starting (Cornish and others, BMJ 2010).\nIt was higher again in the first 4 weeks after stopping.\n\nMixing other drugs with your medicine makes an overdose more likely:\n- NICE (CG52) warns that alcohol and benzodiazepines raise the risk after a detox;\n- the MHRA (2019) warns that pregabalin or gabapentin, taken with opioids or alcohol, can kill.\n\nAfter a detox your body is no longer used to opioids (NICE CG52). An amount you used to take could then kill you.\n\nAsk your keyworker which mixes are most risky, and how to stay safer.\n")),
                    location: at(file, 110, 5),
                    textHash: "322c165913eea89154909d8523073532426b9e55c218e6e08e70630d2d343737",
                    fieldLocations: [
                        "": at(file, 110, 5),
                        "body": at(file, 113, 11),
                        "handout": at(file, 127, 14),
                        "title": at(file, 112, 12),
                    ]
                ),
                Screen(
                    id: "naloxone",
                    title: "Naloxone",
                    when: nil,
                    handout: "Naloxone is an emergency medicine for an opioid overdose. Ask your keyworker for a kit, and call 999 as well.",
                    content: .info(InfoScreen(body: "Naloxone is an emergency medicine for an opioid overdose. Anyone can use it to save a life in an emergency.\n\nDrug services have been able to give out naloxone without a prescription since October 2015.\nThis is the law in The Human Medicines (Amendment) (No. 3) Regulations 2015.\nA drug service can give a kit to a family member or friend too (Public Health England).\n\nAsk your keyworker for a kit, and to show you how to use it.\n")),
                    location: at(file, 129, 5),
                    textHash: "1746e8d11ccde14b7a8f8bc68d0b875c269a33e1112b02aa6377696944e8f701",
                    fieldLocations: [
                        "": at(file, 129, 5),
                        "body": at(file, 132, 11),
                        "handout": at(file, 140, 14),
                        "title": at(file, 131, 12),
                    ]
                ),
                Screen(
                    id: "topics",
                    title: "What shall we talk about?",
                    when: nil,
                    handout: nil,
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
                    location: at(file, 142, 5),
                    textHash: "c06d6c98c8907ea0313805c4d81421a9e7cb04c18f48f9a03567bd37ef83b16a",
                    fieldLocations: [
                        "": at(file, 142, 5),
                        "option.chemist": at(file, 149, 9),
                        "option.chemist.label": at(file, 149, 30),
                        "option.dose": at(file, 148, 9),
                        "option.dose.label": at(file, 148, 27),
                        "option.family": at(file, 153, 9),
                        "option.family.label": at(file, 153, 29),
                        "option.seen": at(file, 150, 9),
                        "option.seen.label": at(file, 150, 27),
                        "option.side-effects": at(file, 152, 9),
                        "option.side-effects.label": at(file, 152, 35),
                        "option.swapping": at(file, 151, 9),
                        "option.swapping.label": at(file, 151, 31),
                        "option.withdrawal": at(file, 147, 9),
                        "option.withdrawal.label": at(file, 147, 33),
                        "options": at(file, 147, 7),
                        "prompt": at(file, 145, 13),
                        "title": at(file, 144, 12),
                    ]
                ),
                Screen(
                    id: "talk-hopes",
                    title: "Let's talk: hopes and worries",
                    when: nil,
                    handout: nil,
                    content: .info(InfoScreen(body: "Here are some questions to talk about. Answer only if you want to.\n\n- What are you hoping for in the first weeks?\n- What worries you most about starting?\n- What might get in the way of getting to the chemist?\n- Who can you turn to on a hard day?\n")),
                    location: at(file, 155, 5),
                    textHash: "2d883075fa07ece033c684f9957583b34ca70a789512bb91e56c4d02494b4244",
                    fieldLocations: [
                        "": at(file, 155, 5),
                        "body": at(file, 158, 11),
                        "title": at(file, 157, 12),
                    ]
                ),
                Screen(
                    id: "talk-safety",
                    title: "Let's talk: staying safe",
                    when: nil,
                    handout: nil,
                    content: .info(InfoScreen(body: "Some more questions to talk about. Answer only if you want to.\n\n- What would you do if someone near you overdosed?\n- How would you tell the chemist that you missed a dose?\n- What helps you stay away from mixing drugs?\n- What has helped you before, when things were hard?\n")),
                    location: at(file, 166, 5),
                    textHash: "690940333a45350da33fe8116e694dd957117ecf78ceb855324f3948d7c8cac7",
                    fieldLocations: [
                        "": at(file, 166, 5),
                        "body": at(file, 169, 11),
                        "title": at(file, 168, 12),
                    ]
                ),
                Screen(
                    id: "next-steps",
                    title: "Before we finish",
                    when: nil,
                    handout: nil,
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
                    location: at(file, 177, 5),
                    textHash: "c739a010a65ce79504b0be82e0dde5078bbeaba4fc7e9994ea7a6c99bee30653",
                    fieldLocations: [
                        "": at(file, 177, 5),
                        "option.mixed": at(file, 183, 9),
                        "option.mixed.label": at(file, 183, 28),
                        "option.not-yet": at(file, 184, 9),
                        "option.not-yet.label": at(file, 184, 30),
                        "option.ready": at(file, 182, 9),
                        "option.ready.label": at(file, 182, 28),
                        "options": at(file, 182, 7),
                        "prompt": at(file, 180, 13),
                        "title": at(file, 179, 12),
                    ]
                ),
                Screen(
                    id: "cards",
                    title: "Questions from the group",
                    when: nil,
                    handout: nil,
                    content: .questions(QuestionsScreen(prompt: "Any question is welcome. The facilitator types in each one from the cards. No names are kept.")),
                    location: at(file, 186, 5),
                    textHash: "97340c687e1a22fc8ec71db00d38cecd410fc74aa7e593d384b1fc8bb11defdb",
                    fieldLocations: [
                        "": at(file, 186, 5),
                        "prompt": at(file, 189, 13),
                        "title": at(file, 188, 12),
                    ]
                ),
                Screen(
                    id: "summary",
                    title: "What we covered",
                    when: nil,
                    handout: nil,
                    content: .summary(SummaryScreen(intro: "Here is what we covered today, and the questions that came up. We will answer them together now. Take any questions to your keyworker too.")),
                    location: at(file, 191, 5),
                    textHash: "603c868aa956f8a222d608cbc27bb2b648315d6f68684afa0eb351957a088630",
                    fieldLocations: [
                        "": at(file, 191, 5),
                        "intro": at(file, 194, 12),
                        "title": at(file, 193, 12),
                    ]
                ),
                Screen(
                    id: "sign-off",
                    title: "Before we close",
                    when: nil,
                    handout: nil,
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
                    location: at(file, 196, 5),
                    textHash: "a1993ad166e4c9238b3afc1fb3c267f478e008f7c40b9fd0a6c61f5b83e36230",
                    fieldLocations: [
                        "": at(file, 196, 5),
                        "intro": at(file, 199, 12),
                        "meaning.facilitator": at(file, 205, 20),
                        "statement.count-right": at(file, 202, 33),
                        "statement.questions-kept": at(file, 201, 36),
                        "title": at(file, 198, 12),
                    ]
                ),
            ],
            origin: "builtin:induction-group",
            contentHash: "3137a49202d89dceaf61ad66fcff1e1c6f6cc6d7f8027742197012970a63fd9c",
            fieldLocations: [
                "": at(file, 11, 1),
                "id": at(file, 12, 5),
                "keywork": at(file, 11, 10),
                "language": at(file, 15, 11),
                "mode": at(file, 16, 7),
                "notice": at(file, 27, 9),
                "participants": at(file, 17, 15),
                "screens": at(file, 29, 3),
                "sources": at(file, 20, 3),
                "status": at(file, 18, 9),
                "title": at(file, 13, 8),
                "version": at(file, 14, 10),
            ]
        )
    }

    private static func guide_sharing_information() -> Guide {
        let file = "builtin:sharing-information"
        return Guide(
            formatVersion: 1,
            id: "sharing-information",
            title: "Sharing information about you",
            version: "2026-12",
            language: "en",
            mode: .session,
            participants: nil,
            status: .draft,
            reviewedBy: nil,
            reviewed: nil,
            reviewBy: nil,
            sources: [
                "General Medical Council, Confidentiality: good practice in handling patient information (2017)",
                "Office for Health Improvement and Disparities, NDTMS: privacy notice (2022)",
                "Department for Education, Information sharing advice for safeguarding practitioners (2024)",
            ],
            notice: "An agency's clinical lead must review this guide before real use.",
            repeatAfterDays: nil,
            screens: [
                Screen(
                    id: "welcome",
                    title: "Sharing information about you",
                    when: nil,
                    handout: nil,
                    content: .info(InfoScreen(body: "This session is about what the service shares about you, with whom, and why.\n\nThen you choose who else we may talk to. Each choice is yours. You can change it later.\n\n- {key:question}: note a question, at any time.\n- {key:not-sure}: say you are *not sure*, or do not agree.\n- {key:back}: go back. Your answers are kept.\n")),
                    location: at(file, 24, 5),
                    textHash: "af4b31b179e6d8c7df7f9bc39a27e698374d7020813d8aa9a8b234834a0736ff",
                    fieldLocations: [
                        "": at(file, 24, 5),
                        "body": at(file, 27, 11),
                        "title": at(file, 26, 12),
                    ]
                ),
                Screen(
                    id: "private",
                    title: "What stays private",
                    when: nil,
                    handout: nil,
                    content: .info(InfoScreen(body: "What you tell us is private. But no service can promise to keep everything private.\n\nDoctors' guidance says information may be shared for your care (GMC, 2017).\nIt may also be shared if the law says so, or to protect people.\nThe next screens say when. Nothing here is hidden from you.\n")),
                    location: at(file, 36, 5),
                    textHash: "dcd438d633a0fb6fbd0ad5c0170d002d8eddc8276acab24fef402fd8f8c64c6a",
                    fieldLocations: [
                        "": at(file, 36, 5),
                        "body": at(file, 39, 11),
                        "title": at(file, 38, 12),
                    ]
                ),
                Screen(
                    id: "care",
                    title: "Shared as part of your care",
                    when: nil,
                    handout: "The chemist is told about your prescription. Your GP may be told which medicine you take. You can object, and ask what that means.",
                    content: .info(InfoScreen(body: "Some things are shared so that your care is safe:\n- the chemist is told about your prescription, so they can give you your medicine;\n- your GP may be told which medicine you are prescribed.\n\nDoctors' guidance says information can be shared for your care, unless you object (GMC, 2017).\nIf you object, ask what that would mean for your treatment.\n\nAsk your keyworker who else is told here, and why.\n")),
                    location: at(file, 46, 5),
                    textHash: "71111ac2ac3ac0584389d195e1763bd5b330b8025d3f8d56769ae421ef9409f3",
                    fieldLocations: [
                        "": at(file, 46, 5),
                        "body": at(file, 49, 11),
                        "handout": at(file, 58, 14),
                        "title": at(file, 48, 12),
                    ]
                ),
                Screen(
                    id: "ndtms",
                    title: "A national count of treatment",
                    when: nil,
                    handout: nil,
                    content: .info(InfoScreen(body: "Services in England can send some facts to a national system called NDTMS.\nIt counts people in treatment, to help improve services.\n\nIts privacy notice lists what it uses (OHID, 2022).\nThat is your initials, date of birth, sex and the first part of your postcode.\nIt does not use your name.\n\nThe notice says this is shared if you agree. You will say yes or no at the end.\n")),
                    location: at(file, 60, 5),
                    textHash: "2e95f7e76b0ee11ba9144a967a1f5f9c7940187407c6fcc73058bb3938404dbb",
                    fieldLocations: [
                        "": at(file, 60, 5),
                        "body": at(file, 63, 11),
                        "title": at(file, 62, 12),
                    ]
                ),
                Screen(
                    id: "must-share",
                    title: "When staff may have to share",
                    when: nil,
                    handout: "Staff may have to share without your agreement if someone may be at risk of serious harm. A court order can make them share too. They share only what is needed.",
                    content: .info(InfoScreen(body: "There are times when staff may have to share, even if you say no:\n- if a child may be at risk of harm;\n- if an adult may be at risk of serious harm;\n- if someone's life may be in danger;\n- if a court orders it, or the law says they must.\n\nThey share only what is needed (GMC, 2017).\nThey should tell you first, unless that would put someone at risk (DfE, 2024).\n")),
                    location: at(file, 73, 5),
                    textHash: "61a825488519c3a9fab8fb06883a720b7bab0ff2645fcb59bfcd164e5f6664e0",
                    fieldLocations: [
                        "": at(file, 73, 5),
                        "body": at(file, 76, 11),
                        "handout": at(file, 85, 14),
                        "title": at(file, 75, 12),
                    ]
                ),
                Screen(
                    id: "others",
                    title: "Family, carers and other services",
                    when: nil,
                    handout: nil,
                    content: .info(InfoScreen(body: "You choose who else we may talk to about you. For example:\n- a family member or partner;\n- a carer, or a friend who helps you;\n- other services, such as housing, a mental health team or probation.\n\nYou can say yes to some and no to others. You can change your mind at any time.\n")),
                    location: at(file, 87, 5),
                    textHash: "cbd286fc29599cd6f47cf3741cc5579e2eead68b395dc91ae170ed0e0c0adb66",
                    fieldLocations: [
                        "": at(file, 87, 5),
                        "body": at(file, 90, 11),
                        "title": at(file, 89, 12),
                    ]
                ),
                Screen(
                    id: "who",
                    title: "Who may we talk to?",
                    when: nil,
                    handout: nil,
                    content: .multi(MultiScreen(
                        prompt: "Who may your keyworker talk to about your treatment? Pick any that fit, or none.",
                        options: [
                            Option(id: "family", label: "A family member or partner", detail: nil),
                            Option(id: "carer", label: "A carer, or a friend who helps me", detail: nil),
                            Option(id: "housing", label: "My housing worker", detail: nil),
                            Option(id: "mental-health", label: "A mental health team", detail: nil),
                            Option(id: "probation", label: "Probation or a court team", detail: nil),
                            Option(id: "other-service", label: "Another service", detail: nil),
                        ],
                        min: nil,
                        max: nil
                    )),
                    location: at(file, 98, 5),
                    textHash: "3d94452b61e24413efd123209d195b6a93167f3889af5cdc1df4ff33959febd8",
                    fieldLocations: [
                        "": at(file, 98, 5),
                        "option.carer": at(file, 104, 9),
                        "option.carer.label": at(file, 104, 28),
                        "option.family": at(file, 103, 9),
                        "option.family.label": at(file, 103, 29),
                        "option.housing": at(file, 105, 9),
                        "option.housing.label": at(file, 105, 30),
                        "option.mental-health": at(file, 106, 9),
                        "option.mental-health.label": at(file, 106, 36),
                        "option.other-service": at(file, 108, 9),
                        "option.other-service.label": at(file, 108, 36),
                        "option.probation": at(file, 107, 9),
                        "option.probation.label": at(file, 107, 32),
                        "options": at(file, 103, 7),
                        "prompt": at(file, 101, 13),
                        "title": at(file, 100, 12),
                    ]
                ),
                Screen(
                    id: "details",
                    title: "Who, and what",
                    when: nil,
                    handout: nil,
                    content: .text(TextScreen(prompt: "Who exactly, and what may we tell them? For example, my sister, only my appointment times. You can skip this.", optional: true)),
                    location: at(file, 110, 5),
                    textHash: "75dd5d3cdde1890909f602eed664831b2a4cd79e9af209e363d1767109b6e38b",
                    fieldLocations: [
                        "": at(file, 110, 5),
                        "prompt": at(file, 113, 13),
                        "title": at(file, 112, 12),
                    ]
                ),
                Screen(
                    id: "summary",
                    title: "Before you sign",
                    when: nil,
                    handout: nil,
                    content: .summary(SummaryScreen(intro: "Here is what you chose today. Read it through. You can go back and change anything.")),
                    location: at(file, 116, 5),
                    textHash: "7b699b6ab2fee47000621c3e81a609e27c8ee5b7e773fb9bcdfd7aa2757d981d",
                    fieldLocations: [
                        "": at(file, 116, 5),
                        "intro": at(file, 119, 12),
                        "title": at(file, 118, 12),
                    ]
                ),
                Screen(
                    id: "agree",
                    title: "Sharing information about me",
                    when: nil,
                    handout: nil,
                    content: .consent(ConsentScreen(
                        intro: "Please read each line. Tick it if you agree, or say you do not. Then you both sign.",
                        statements: [
                            ConsentScreen.Statement(id: "limits", text: "I know what is shared for my care, and when staff may have to share without my agreement.", required: true),
                            ConsentScreen.Statement(id: "ndtms", text: "Some facts about my treatment may be sent to NDTMS, the national count."),
                            ConsentScreen.Statement(id: "family", text: "My keyworker may talk to my family member or partner, as I said.", when: Condition(screen: "who", test: .isOption("family"), location: at(file, 130, 102))),
                            ConsentScreen.Statement(id: "carer", text: "My keyworker may talk to my carer or friend, as I said.", when: Condition(screen: "who", test: .isOption("carer"), location: at(file, 131, 92))),
                            ConsentScreen.Statement(id: "housing", text: "My keyworker may talk to my housing worker, as I said.", when: Condition(screen: "who", test: .isOption("housing"), location: at(file, 132, 93))),
                            ConsentScreen.Statement(id: "mental-health", text: "My keyworker may talk to my mental health team, as I said.", when: Condition(screen: "who", test: .isOption("mental-health"), location: at(file, 133, 103))),
                            ConsentScreen.Statement(id: "probation", text: "My keyworker may talk to probation or my court team, as I said.", when: Condition(screen: "who", test: .isOption("probation"), location: at(file, 134, 104))),
                            ConsentScreen.Statement(id: "other-service", text: "My keyworker may talk to the other service I named.", when: Condition(screen: "who", test: .isOption("other-service"), location: at(file, 135, 96))),
                            ConsentScreen.Statement(id: "change", text: "I can change any of these choices at any time."),
                        ],
                        signers: [.client, .keyworker],
                        meanings: [.client: "These are my choices about sharing information.", .keyworker: "I explained what is shared and when, and I will follow these choices."],
                        revisitAfterDays: 182,
                        requiresSure: false
                    )),
                    location: at(file, 121, 5),
                    textHash: "557af98fa1d94d33a36dc03a85f6d401b1801325d31ba16e2da7327ed0994570",
                    fieldLocations: [
                        "": at(file, 121, 5),
                        "intro": at(file, 124, 12),
                        "meaning.client": at(file, 139, 15),
                        "meaning.keyworker": at(file, 140, 18),
                        "statement.carer": at(file, 131, 27),
                        "statement.change": at(file, 136, 28),
                        "statement.family": at(file, 130, 28),
                        "statement.housing": at(file, 132, 29),
                        "statement.limits": at(file, 128, 28),
                        "statement.mental-health": at(file, 133, 35),
                        "statement.ndtms": at(file, 129, 27),
                        "statement.other-service": at(file, 135, 35),
                        "statement.probation": at(file, 134, 31),
                        "title": at(file, 123, 12),
                    ]
                ),
                Screen(
                    id: "next",
                    title: "What happens next",
                    when: nil,
                    handout: nil,
                    content: .info(InfoScreen(body: "Thank you. That is the end of today's session.\n\nYour copy lists each choice you made. Page one says what happens next and who to call.\nTell your keyworker if you want to change a choice.\n")),
                    location: at(file, 143, 5),
                    textHash: "717f62add0080b1ec30e16e482976a1c50e364bf7927ec7ec1c30a3c1203d7c5",
                    fieldLocations: [
                        "": at(file, 143, 5),
                        "body": at(file, 146, 11),
                        "title": at(file, 145, 12),
                    ]
                ),
            ],
            origin: "builtin:sharing-information",
            contentHash: "04ea726505a63507687b23ef92150dfc0536dcca7cf3d16fe1226756664dc7ad",
            fieldLocations: [
                "": at(file, 11, 1),
                "id": at(file, 12, 5),
                "keywork": at(file, 11, 10),
                "language": at(file, 15, 11),
                "mode": at(file, 16, 7),
                "notice": at(file, 22, 9),
                "screens": at(file, 24, 3),
                "sources": at(file, 19, 3),
                "status": at(file, 17, 9),
                "title": at(file, 13, 8),
                "version": at(file, 14, 10),
            ]
        )
    }

    private static func guide_staying_safe() -> Guide {
        let file = "builtin:staying-safe"
        return Guide(
            formatVersion: 1,
            id: "staying-safe",
            title: "Staying safe",
            version: "2026-12",
            language: "en",
            mode: .session,
            participants: nil,
            status: .draft,
            reviewedBy: nil,
            reviewed: nil,
            reviewBy: nil,
            sources: [
                "NICE CG52, Drug misuse in over 16s: opioid detoxification (2007)",
                "Cornish and others, Risk of death during and after opiate substitution treatment in primary care, BMJ (2010)",
                "Merrall and others, Meta-analysis of drug-related deaths soon after release from prison, Addiction (2010)",
                "White and others, Drugs-related death soon after hospital-discharge among drug treatment clients in Scotland, PLOS ONE (2015)",
                "MHRA Drug Safety Update, Pregabalin (Lyrica), gabapentin (Neurontin) and risk of abuse and dependence (2019)",
                "Office for Health Improvement and Disparities, Guidance for local areas on planning to deal with potent synthetic opioids (2023)",
                "FRANK, Dangerous drugs (undated web page, read 2026)",
                "We Are With You, Signs of a drug overdose (undated web page, read 2026)",
                "EDP Drug and Alcohol Services, Naloxone (undated web page, read 2026)",
                "NHS, Recovery position (2024)",
                "The Human Medicines (Amendment) (No. 3) Regulations 2015",
                "The Human Medicines (Amendments Relating to Naloxone and Transfers of Functions) Regulations 2024",
                "Public Health England, Widening the availability of naloxone (2015, updated 2019)",
            ],
            notice: "An agency's clinical lead must review this guide before real use.",
            repeatAfterDays: nil,
            screens: [
                Screen(
                    id: "welcome",
                    title: "Staying safe",
                    when: nil,
                    handout: nil,
                    content: .info(InfoScreen(body: "This session is about staying alive and well. It is not about judging you.\n\nWe will talk about overdose, what to do in an emergency, and naloxone.\nAt the end, you make your own safety plan. It goes on your copy.\n\n- {key:question}: note a question, at any time.\n- {key:not-sure}: say you are *not sure*, or do not agree.\n- {key:back}: go back. Your answers are kept.\n- {key:pause}: stop for now, and carry on another day.\n")),
                    location: at(file, 32, 5),
                    textHash: "88ba33332d42fa6bfaa4dcbbf57fa08274f89a5b7750e34b26d2d2a0699a0110",
                    fieldLocations: [
                        "": at(file, 32, 5),
                        "body": at(file, 35, 11),
                        "title": at(file, 34, 12),
                    ]
                ),
                Screen(
                    id: "tolerance",
                    title: "When your body is less used to opioids",
                    when: nil,
                    handout: "The risk of overdose is higher after a detox, prison or hospital. It is higher when you start or stop methadone or buprenorphine too. Use much less than before, and never alone.",
                    content: .info(InfoScreen(body: "Your body gets used to opioids. After a break, that can change fast.\nAn amount you used to take could then kill you.\n\nThe risk of overdose or death is higher at these times:\n- after a detox (NICE CG52);\n- in the first weeks after leaving prison, when the body is less used to opioids (Merrall and others, 2010);\n- in the first 4 weeks after leaving hospital (White and others, 2015);\n- in the first 2 weeks of starting methadone or buprenorphine;\n- in the first 4 weeks after stopping it (Cornish and others, BMJ 2010).\n\nAt these times, use much less than before, and never alone.\n")),
                    location: at(file, 46, 5),
                    textHash: "398b4f16c9ebae4007de52077772839b007d09f05f11f632141f34f274cbdec5",
                    fieldLocations: [
                        "": at(file, 46, 5),
                        "body": at(file, 49, 11),
                        "handout": at(file, 61, 14),
                        "title": at(file, 48, 12),
                    ]
                ),
                Screen(
                    id: "mixing",
                    title: "Mixing drugs",
                    when: nil,
                    handout: "Alcohol, benzodiazepines, pregabalin and gabapentin make an opioid overdose more likely.",
                    content: .info(InfoScreen(body: "Mixing drugs makes an overdose more likely.\n\n- Alcohol, and benzodiazepines: pills such as diazepam. NICE (CG52) warns they raise the risk after a detox.\n- Pregabalin and gabapentin. The MHRA (2019) warns they can kill when you take them with opioids or drink.\n\nDo you take pills for pain, sleep or nerves? Tell your prescriber. Ask if they are safe with what you take.\n")),
                    location: at(file, 63, 5),
                    textHash: "3702aaf46165edb148392e5291bb42f7f21c1a5e6e4c89565632066d75ee5e08",
                    fieldLocations: [
                        "": at(file, 63, 5),
                        "body": at(file, 66, 11),
                        "handout": at(file, 73, 14),
                        "title": at(file, 65, 12),
                    ]
                ),
                Screen(
                    id: "nitazenes",
                    title: "Nitazenes",
                    when: nil,
                    handout: "Nitazenes are very strong opioids found in some heroin and fake pills. You cannot tell by looking. Start with a small amount, and keep naloxone with you.",
                    content: .info(InfoScreen(body: "Some street drugs now contain nitazenes. These are very strong man-made opioids.\n\nGovernment guidance says they have been found in heroin, and in fake pills (OHID, 2023).\nIt says they have caused rises in deaths in England.\n\nYou cannot tell by looking. FRANK is the national drug advice service.\nIt says the gap between a dose that gets you high and one that kills is small.\nIt says naloxone works on these opioids too.\n")),
                    location: at(file, 75, 5),
                    textHash: "19cc077df5907eab43d013dd4eb424ecf985e633f19f9c7a952996c59f2c3ea4",
                    fieldLocations: [
                        "": at(file, 75, 5),
                        "body": at(file, 78, 11),
                        "handout": at(file, 87, 14),
                        "title": at(file, 77, 12),
                    ]
                ),
                Screen(
                    id: "not-alone",
                    title: "Do not use alone",
                    when: nil,
                    handout: "Do not use alone. If you are in a group, do not all use at once. Start with a small amount, and wait.",
                    content: .info(InfoScreen(body: "If you use alone, nobody can help you if you overdose.\n\nFRANK gives this advice:\n- Do not use alone.\n- If you are in a group, do not all use at the same time.\n- Start with a small amount, and wait to see what it does.\n\nKeep naloxone where the people with you can find it.\n")),
                    location: at(file, 89, 5),
                    textHash: "8680607d5fb1ff6ab44cd1b74942cfe06a2c6fbf4b0d096868dae75a5e9cc38e",
                    fieldLocations: [
                        "": at(file, 89, 5),
                        "body": at(file, 92, 11),
                        "handout": at(file, 101, 14),
                        "title": at(file, 91, 12),
                    ]
                ),
                Screen(
                    id: "signs",
                    title: "Signs of an overdose",
                    when: nil,
                    handout: "They will not wake. Their breathing is slow or noisy, or has stopped. Their lips look blue or grey. The dark centres of their eyes are very small.",
                    content: .info(InfoScreen(body: "Someone may be having an overdose if:\n- they do not wake up when you talk loudly or shake their shoulders;\n- their breathing is slow or noisy, or has stopped;\n- their lips or fingertips look blue or grey;\n- the dark centres of their eyes are very small.\n\nThese signs are from the drug charity We Are With You.\n")),
                    location: at(file, 103, 5),
                    textHash: "f36ffc9c41af81d8da0a82af0504016d1e7fcb2b8fbf9f3863a75f59db2b3b2d",
                    fieldLocations: [
                        "": at(file, 103, 5),
                        "body": at(file, 106, 11),
                        "handout": at(file, 114, 14),
                        "title": at(file, 105, 12),
                    ]
                ),
                Screen(
                    id: "what-to-do",
                    title: "What to do",
                    when: nil,
                    handout: "If someone may be having an overdose, call 999 and give naloxone. If they are breathing, put them on their side. Stay with them until help comes.",
                    content: .info(InfoScreen(body: "If you think someone is having an overdose:\n- make sure it is safe to go near them;\n- call 999 and ask for an ambulance, and say it may be an overdose;\n- give them naloxone if you have it;\n- if they are breathing, put them on their side in the recovery position;\n- stay with them until help comes.\n\nThese steps are from We Are With You.\nNaloxone wears off after a while, and the overdose can come back (EDP). So they still need the ambulance.\n")),
                    location: at(file, 116, 5),
                    textHash: "3b975998131b8d389234f9cfcf20d1d13a894106ebf045be606ae0be4c90014f",
                    fieldLocations: [
                        "": at(file, 116, 5),
                        "body": at(file, 119, 11),
                        "handout": at(file, 129, 14),
                        "title": at(file, 118, 12),
                    ]
                ),
                Screen(
                    id: "recovery-position",
                    title: "The recovery position",
                    when: nil,
                    handout: nil,
                    content: .info(InfoScreen(body: "Use this if someone will not wake but is breathing.\n\n- Kneel on the floor beside them.\n- Put the arm nearest you out at a right angle, palm up.\n- Put the back of their other hand against their cheek, and hold it there.\n- Bend their far knee, and roll them towards you onto their side.\n- Tilt their head back a little, to keep their airway open.\n- Stay with them, and watch their breathing.\n\nThe NHS says this keeps the airway clear, so they do not choke on sick.\nAsk your keyworker to show you.\n")),
                    location: at(file, 131, 5),
                    textHash: "7adc4928dcbc6c6572fb57e474d33e346b2e24f215b48413219116025d76edb6",
                    fieldLocations: [
                        "": at(file, 131, 5),
                        "body": at(file, 134, 11),
                        "title": at(file, 133, 12),
                    ]
                ),
                Screen(
                    id: "naloxone",
                    title: "Naloxone",
                    when: nil,
                    handout: "Naloxone is an emergency medicine for an opioid overdose. Anyone can use it to save a life. Call 999 as well.",
                    content: .info(InfoScreen(body: "Naloxone is an emergency medicine for an opioid overdose. Anyone can use it to save a life.\n\n- Drug services have been able to give it out without a prescription since October 2015. This is in The Human Medicines (Amendment) (No. 3) Regulations 2015.\n- A law from December 2024 lets more trained staff give it out as well.\n- A drug service can give a kit to a family member or friend too (Public Health England).\n\nCall 999 as well. Naloxone helps, but the person still needs an ambulance.\n")),
                    location: at(file, 147, 5),
                    textHash: "f06f0cdd864cb7c82f442a6af00afab8cca11a1fc49224a19049fc48b1bf2425",
                    fieldLocations: [
                        "": at(file, 147, 5),
                        "body": at(file, 150, 11),
                        "handout": at(file, 158, 14),
                        "title": at(file, 149, 12),
                    ]
                ),
                Screen(
                    id: "naloxone-kit",
                    title: "A naloxone kit",
                    when: nil,
                    handout: nil,
                    content: .choice(ChoiceScreen(
                        prompt: "Would you like a naloxone kit?",
                        options: [
                            Option(id: "yes-today", label: "Yes, please", detail: nil),
                            Option(id: "have-one", label: "I already have one", detail: nil),
                            Option(id: "for-someone", label: "Yes, and one for someone close to me", detail: nil),
                            Option(id: "not-now", label: "Not now", detail: nil),
                        ],
                        allowOther: false,
                        optional: false
                    )),
                    location: at(file, 160, 5),
                    textHash: "550770cf44cf1f19617c3a71785dccc925822a5e498487b1defd5df597397fb6",
                    fieldLocations: [
                        "": at(file, 160, 5),
                        "option.for-someone": at(file, 167, 9),
                        "option.for-someone.label": at(file, 167, 34),
                        "option.have-one": at(file, 166, 9),
                        "option.have-one.label": at(file, 166, 31),
                        "option.not-now": at(file, 168, 9),
                        "option.not-now.label": at(file, 168, 30),
                        "option.yes-today": at(file, 165, 9),
                        "option.yes-today.label": at(file, 165, 32),
                        "options": at(file, 165, 7),
                        "prompt": at(file, 163, 13),
                        "title": at(file, 162, 12),
                    ]
                ),
                Screen(
                    id: "safety-plan",
                    title: "Your safety plan",
                    when: nil,
                    handout: nil,
                    content: .multi(MultiScreen(
                        prompt: "Which of these will you do to stay safe? Pick any that fit.",
                        options: [
                            Option(id: "naloxone", label: "Keep naloxone with me", detail: nil),
                            Option(id: "not-alone", label: "Not use alone", detail: nil),
                            Option(id: "less-after-break", label: "Use much less after a break, such as after prison or hospital", detail: nil),
                            Option(id: "no-mixing", label: "Not mix opioids with alcohol or pills", detail: nil),
                            Option(id: "small-first", label: "Start with a small amount, and wait", detail: nil),
                            Option(id: "tell-someone", label: "Tell someone close to me where my naloxone is", detail: nil),
                            Option(id: "keyworker", label: "Talk to my keyworker before a detox, or before I leave prison or hospital", detail: nil),
                        ],
                        min: nil,
                        max: nil
                    )),
                    location: at(file, 170, 5),
                    textHash: "af7c9df24f28741bee50bca2190c262e21d8c2c04ad8172df946d82c016e7a98",
                    fieldLocations: [
                        "": at(file, 170, 5),
                        "option.keyworker": at(file, 181, 9),
                        "option.keyworker.label": at(file, 181, 32),
                        "option.less-after-break": at(file, 177, 9),
                        "option.less-after-break.label": at(file, 177, 39),
                        "option.naloxone": at(file, 175, 9),
                        "option.naloxone.label": at(file, 175, 31),
                        "option.no-mixing": at(file, 178, 9),
                        "option.no-mixing.label": at(file, 178, 32),
                        "option.not-alone": at(file, 176, 9),
                        "option.not-alone.label": at(file, 176, 32),
                        "option.small-first": at(file, 179, 9),
                        "option.small-first.label": at(file, 179, 34),
                        "option.tell-someone": at(file, 180, 9),
                        "option.tell-someone.label": at(file, 180, 35),
                        "options": at(file, 175, 7),
                        "prompt": at(file, 173, 13),
                        "title": at(file, 172, 12),
                    ]
                ),
                Screen(
                    id: "my-words",
                    title: "In your own words",
                    when: nil,
                    handout: nil,
                    content: .text(TextScreen(prompt: "What else will help you stay safe? Who can you call on a bad day? You can skip this.", optional: true)),
                    location: at(file, 183, 5),
                    textHash: "2d338d0ae7c5dc69610591d57088ce9f04acefa8df9ff675af1ead97c14619a3",
                    fieldLocations: [
                        "": at(file, 183, 5),
                        "prompt": at(file, 186, 13),
                        "title": at(file, 185, 12),
                    ]
                ),
                Screen(
                    id: "summary",
                    title: "Before you sign",
                    when: nil,
                    handout: nil,
                    content: .summary(SummaryScreen(intro: "Here is your safety plan and what you said today. Read it through. You can go back and change anything.")),
                    location: at(file, 189, 5),
                    textHash: "f736cb35417d0c99c17307e07e8fa0aa8909def0493906da8a7fb296a653636d",
                    fieldLocations: [
                        "": at(file, 189, 5),
                        "intro": at(file, 192, 12),
                        "title": at(file, 191, 12),
                    ]
                ),
                Screen(
                    id: "agree",
                    title: "My safety plan",
                    when: nil,
                    handout: nil,
                    content: .consent(ConsentScreen(
                        intro: "Please read each line. Tick it if you agree. Then you both sign.",
                        statements: [
                            ConsentScreen.Statement(id: "tolerance", text: "I know that after a break an amount I used to take could kill me.", required: true),
                            ConsentScreen.Statement(id: "mixing", text: "I know that mixing opioids with alcohol or pills makes an overdose more likely."),
                            ConsentScreen.Statement(id: "signs", text: "I know the signs of an overdose, and to call 999."),
                            ConsentScreen.Statement(id: "naloxone", text: "I have been offered naloxone, and shown where to get it."),
                            ConsentScreen.Statement(id: "plan", text: "My safety plan is in this record, in my own words."),
                        ],
                        signers: [.client, .keyworker],
                        meanings: [.client: "I agree to this safety plan.", .keyworker: "I went through staying safe, offered naloxone, and answered the questions."],
                        revisitAfterDays: 91,
                        requiresSure: false
                    )),
                    location: at(file, 194, 5),
                    textHash: "901aa07a6fe0a856643ac187b7cd03b6213fe39f0feb0e9a0f050fdca515b49d",
                    fieldLocations: [
                        "": at(file, 194, 5),
                        "intro": at(file, 197, 12),
                        "meaning.client": at(file, 207, 15),
                        "meaning.keyworker": at(file, 208, 18),
                        "statement.mixing": at(file, 201, 28),
                        "statement.naloxone": at(file, 203, 30),
                        "statement.plan": at(file, 204, 26),
                        "statement.signs": at(file, 202, 27),
                        "statement.tolerance": at(file, 200, 31),
                        "title": at(file, 196, 12),
                    ]
                ),
                Screen(
                    id: "next",
                    title: "What happens next",
                    when: nil,
                    handout: nil,
                    content: .info(InfoScreen(body: "Thank you. That is the end of today's session.\n\nYou will get a copy. It lists your safety plan, the signs of an overdose and what to do.\nKeep it where you can find it. Page one says who to call.\n")),
                    location: at(file, 211, 5),
                    textHash: "2adfec937472695700959d8eb7944d37fc01c3261e1c6b7dc26a42f86e8067e0",
                    fieldLocations: [
                        "": at(file, 211, 5),
                        "body": at(file, 214, 11),
                        "title": at(file, 213, 12),
                    ]
                ),
            ],
            origin: "builtin:staying-safe",
            contentHash: "7ac2ed1f334b28a28d26855746b69725d2f6c0d890e7d6dfdfd986d6ea932394",
            fieldLocations: [
                "": at(file, 9, 1),
                "id": at(file, 10, 5),
                "keywork": at(file, 9, 10),
                "language": at(file, 13, 11),
                "mode": at(file, 14, 7),
                "notice": at(file, 30, 9),
                "screens": at(file, 32, 3),
                "sources": at(file, 17, 3),
                "status": at(file, 15, 9),
                "title": at(file, 11, 8),
                "version": at(file, 12, 10),
            ]
        )
    }

    private static func guide_top_review() -> Guide {
        let file = "builtin:top-review"
        return Guide(
            formatVersion: 1,
            id: "top-review",
            title: "Your review",
            version: "2026-12",
            language: "en",
            mode: .session,
            participants: nil,
            status: .draft,
            reviewedBy: nil,
            reviewed: nil,
            reviewBy: nil,
            sources: [
                "Treatment Outcomes Profile (TOP), the national outcome form for drug treatment in England (NDTMS), published today by the Office for Health Improvement and Disparities (OHID): sections and ranges as read in the form of the National Treatment Agency, updated from 1 April 2016 (Core Dataset M); OHID's current version and year are still to be checked",
            ],
            notice: "An agency's clinical lead must review this guide before real use.",
            repeatAfterDays: 182,
            screens: [
                Screen(
                    id: "stage",
                    title: "Which review is this?",
                    when: nil,
                    handout: nil,
                    content: .choice(ChoiceScreen(
                        prompt: "Where are you in your treatment?",
                        options: [
                            Option(id: "start", label: "Starting treatment", detail: nil),
                            Option(id: "review", label: "A review during treatment", detail: nil),
                            Option(id: "exit", label: "Leaving treatment", detail: nil),
                            Option(id: "post-exit", label: "After treatment has ended", detail: nil),
                        ],
                        allowOther: false,
                        optional: false
                    )),
                    location: at(file, 18, 5),
                    textHash: "68104c579b2308a1a9f93a950f69ff72045393d481bee8503ba937410dab7e04",
                    fieldLocations: [
                        "": at(file, 18, 5),
                        "option.exit": at(file, 25, 9),
                        "option.exit.label": at(file, 25, 27),
                        "option.post-exit": at(file, 26, 9),
                        "option.post-exit.label": at(file, 26, 32),
                        "option.review": at(file, 24, 9),
                        "option.review.label": at(file, 24, 29),
                        "option.start": at(file, 23, 9),
                        "option.start.label": at(file, 23, 28),
                        "options": at(file, 23, 7),
                        "prompt": at(file, 21, 13),
                        "title": at(file, 20, 12),
                    ]
                ),
                Screen(
                    id: "about",
                    title: "About this review",
                    when: nil,
                    handout: nil,
                    content: .info(InfoScreen(body: "We will look back at the last four weeks together. The questions are the same each time.\nThat way you can see what has changed.\n\n- The weeks are the four weeks before today.\n- If you would rather not answer a line, leave it empty. It is kept as *not answered*. It is never counted as none.\n- At the end you will see your answers from each review so far.\n")),
                    location: at(file, 28, 5),
                    textHash: "6b856ea8243a7161a3d5d2ec847f1ddbd36a92ee9a8dcd4efd8963fcb4d41226",
                    fieldLocations: [
                        "": at(file, 28, 5),
                        "body": at(file, 31, 11),
                        "title": at(file, 30, 12),
                    ]
                ),
                Screen(
                    id: "use",
                    title: "Using in the last four weeks",
                    when: nil,
                    handout: nil,
                    content: .weeks(WeeksScreen(text: "For each one, on how many days did you use it in each week?", rows: [
                            WeeksScreen.Row(id: "alcohol", label: "Alcohol", amount: "units on a using day"),
                            WeeksScreen.Row(id: "opiates", label: "Heroin, or opioids not prescribed to you", amount: "grams on a using day"),
                            WeeksScreen.Row(id: "crack", label: "Crack", amount: "grams on a using day"),
                            WeeksScreen.Row(id: "cocaine", label: "Cocaine powder", amount: "grams on a using day"),
                            WeeksScreen.Row(id: "amphetamines", label: "Amphetamines", amount: "grams on a using day"),
                            WeeksScreen.Row(id: "cannabis", label: "Cannabis", amount: "spliffs on a using day"),
                            WeeksScreen.Row(id: "other", label: "Another drug that is a problem for you", amount: "grams on a using day"),
                            WeeksScreen.Row(id: "tobacco", label: "Tobacco", amount: nil),
                        ])),
                    location: at(file, 39, 5),
                    textHash: "ac062477d1a7498a42d28a28cf97247df1a19d2f3dac1c740d31eaac682357b6",
                    fieldLocations: [
                        "": at(file, 39, 5),
                        "row.alcohol.amount": at(file, 44, 47),
                        "row.alcohol.label": at(file, 44, 30),
                        "row.amphetamines.amount": at(file, 48, 57),
                        "row.amphetamines.label": at(file, 48, 35),
                        "row.cannabis.amount": at(file, 49, 49),
                        "row.cannabis.label": at(file, 49, 31),
                        "row.cocaine.amount": at(file, 47, 54),
                        "row.cocaine.label": at(file, 47, 30),
                        "row.crack.amount": at(file, 46, 43),
                        "row.crack.label": at(file, 46, 28),
                        "row.opiates.amount": at(file, 45, 82),
                        "row.opiates.label": at(file, 45, 30),
                        "row.other.amount": at(file, 50, 76),
                        "row.other.label": at(file, 50, 28),
                        "row.tobacco.label": at(file, 51, 30),
                        "text": at(file, 42, 11),
                        "title": at(file, 41, 12),
                    ]
                ),
                Screen(
                    id: "injecting",
                    title: "Injecting in the last four weeks",
                    when: nil,
                    handout: nil,
                    content: .weeks(WeeksScreen(text: "On how many days did you inject drugs that were not prescribed to you?", rows: [
                            WeeksScreen.Row(id: "injected", label: "Days you injected", amount: nil),
                        ])),
                    location: at(file, 53, 5),
                    textHash: "6983cde996c581027a5f9c72641bb15b19c9c69dbf76174fb10c0aaf3e22d004",
                    fieldLocations: [
                        "": at(file, 53, 5),
                        "row.injected.label": at(file, 58, 31),
                        "text": at(file, 56, 11),
                        "title": at(file, 55, 12),
                    ]
                ),
                Screen(
                    id: "shared-needle",
                    title: "Sharing needles",
                    when: nil,
                    handout: nil,
                    content: .choice(ChoiceScreen(
                        prompt: "In the last four weeks, did you inject with a needle or syringe that someone else had used?",
                        options: [
                            Option(id: "yes", label: "Yes", detail: nil),
                            Option(id: "no", label: "No, or I did not inject", detail: nil),
                        ],
                        allowOther: false,
                        optional: true
                    )),
                    location: at(file, 60, 5),
                    textHash: "587625df7477683905e0370cb2960fb5af4e3e164ebdc3a659e3d838ac7920b4",
                    fieldLocations: [
                        "": at(file, 60, 5),
                        "option.no": at(file, 67, 9),
                        "option.no.label": at(file, 67, 27),
                        "option.yes": at(file, 66, 9),
                        "option.yes.label": at(file, 66, 28),
                        "options": at(file, 66, 7),
                        "prompt": at(file, 63, 13),
                        "title": at(file, 62, 12),
                    ]
                ),
                Screen(
                    id: "shared-kit",
                    title: "Sharing other kit",
                    when: nil,
                    handout: nil,
                    content: .choice(ChoiceScreen(
                        prompt: "In the last four weeks, did you inject with a spoon, water or filter that someone else had used?",
                        options: [
                            Option(id: "yes", label: "Yes", detail: nil),
                            Option(id: "no", label: "No, or I did not inject", detail: nil),
                        ],
                        allowOther: false,
                        optional: true
                    )),
                    location: at(file, 69, 5),
                    textHash: "51b9af49c55b7407c15e7621bdf5a8f87b2943ddc48612c4ef0653e773d7dbad",
                    fieldLocations: [
                        "": at(file, 69, 5),
                        "option.no": at(file, 76, 9),
                        "option.no.label": at(file, 76, 27),
                        "option.yes": at(file, 75, 9),
                        "option.yes.label": at(file, 75, 28),
                        "options": at(file, 75, 7),
                        "prompt": at(file, 72, 13),
                        "title": at(file, 71, 12),
                    ]
                ),
                Screen(
                    id: "crime",
                    title: "Crime in the last four weeks",
                    when: nil,
                    handout: nil,
                    content: .weeks(WeeksScreen(text: "On how many days did you do each of these in each week? You do not have to answer. Leave a line empty if you would rather not say.", rows: [
                            WeeksScreen.Row(id: "shoplifting", label: "Shoplifting", amount: nil),
                            WeeksScreen.Row(id: "selling", label: "Selling drugs", amount: nil),
                        ])),
                    location: at(file, 78, 5),
                    textHash: "20987236e3e0451a19e04d26f12be4f754a1e092d9c7abd5e848cbcd615e302f",
                    fieldLocations: [
                        "": at(file, 78, 5),
                        "row.selling.label": at(file, 84, 30),
                        "row.shoplifting.label": at(file, 83, 34),
                        "text": at(file, 81, 11),
                        "title": at(file, 80, 12),
                    ]
                ),
                Screen(
                    id: "psych",
                    title: "Your mind",
                    when: nil,
                    handout: nil,
                    content: .scale(ScaleScreen(
                        prompt: "How has your mind been in the last four weeks? Think of worry, low mood and stress.",
                        min: 0,
                        max: 20,
                        minLabel: "Poor",
                        maxLabel: "Good"
                    )),
                    location: at(file, 86, 5),
                    textHash: "7a96ed37728913964af4ec1205cd027c77c5b143122e0845ee7e1a5adf8425b7",
                    fieldLocations: [
                        "": at(file, 86, 5),
                        "max_label": at(file, 93, 16),
                        "min_label": at(file, 92, 16),
                        "prompt": at(file, 89, 13),
                        "title": at(file, 88, 12),
                    ]
                ),
                Screen(
                    id: "physical",
                    title: "Your body",
                    when: nil,
                    handout: nil,
                    content: .scale(ScaleScreen(
                        prompt: "How has your body been in the last four weeks? Think of pain, sleep and illness.",
                        min: 0,
                        max: 20,
                        minLabel: "Poor",
                        maxLabel: "Good"
                    )),
                    location: at(file, 95, 5),
                    textHash: "4fd82b148ccd8f12647ee670b188159135ec18a3b50dd2f6290fbc5bd114ea9b",
                    fieldLocations: [
                        "": at(file, 95, 5),
                        "max_label": at(file, 102, 16),
                        "min_label": at(file, 101, 16),
                        "prompt": at(file, 98, 13),
                        "title": at(file, 97, 12),
                    ]
                ),
                Screen(
                    id: "life",
                    title: "Your life as a whole",
                    when: nil,
                    handout: nil,
                    content: .scale(ScaleScreen(
                        prompt: "How has your life been in the last four weeks? Think of where you live, money and the people around you.",
                        min: 0,
                        max: 20,
                        minLabel: "Poor",
                        maxLabel: "Good"
                    )),
                    location: at(file, 104, 5),
                    textHash: "8ae9fbbc28da320dc1b4069db54d812f9541e5f1bda598c4b8bb9476f9d2bc02",
                    fieldLocations: [
                        "": at(file, 104, 5),
                        "max_label": at(file, 111, 16),
                        "min_label": at(file, 110, 16),
                        "prompt": at(file, 107, 13),
                        "title": at(file, 106, 12),
                    ]
                ),
                Screen(
                    id: "progress",
                    title: "How things have changed",
                    when: nil,
                    handout: nil,
                    content: .progress(ProgressScreen(text: "Here are your answers from each review, with today's last. Talk about what has changed.", show: [
                            ProgressScreen.Item(screen: "use", row: "alcohol"),
                            ProgressScreen.Item(screen: "use", row: "opiates"),
                            ProgressScreen.Item(screen: "use", row: "crack"),
                            ProgressScreen.Item(screen: "injecting", row: "injected"),
                            ProgressScreen.Item(screen: "psych", row: nil),
                            ProgressScreen.Item(screen: "physical", row: nil),
                            ProgressScreen.Item(screen: "life", row: nil),
                        ])),
                    location: at(file, 113, 5),
                    textHash: "c47620c4e799ba2bcac9effba8ab2790417f94d9b3e550c665bc5c13240a68a6",
                    fieldLocations: [
                        "": at(file, 113, 5),
                        "text": at(file, 116, 11),
                        "title": at(file, 115, 12),
                    ]
                ),
                Screen(
                    id: "plan",
                    title: "What we will work on",
                    when: nil,
                    handout: nil,
                    content: .text(TextScreen(prompt: "Looking at this together, what will we work on before the next review? Write one or two things.", optional: false)),
                    location: at(file, 119, 5),
                    textHash: "38b0ad1e893c7c4995a57d230db2b60b96df6bde6ca3d7b135498f7229daede3",
                    fieldLocations: [
                        "": at(file, 119, 5),
                        "prompt": at(file, 122, 13),
                        "title": at(file, 121, 12),
                    ]
                ),
                Screen(
                    id: "check",
                    title: "Check before you finish",
                    when: nil,
                    handout: nil,
                    content: .summary(SummaryScreen(intro: "Here is everything from today. Go back to change anything.")),
                    location: at(file, 124, 5),
                    textHash: "a0a6ec4882d85281ab4b2d140fc897d96860e89c4c66c304781a8f76ededb74d",
                    fieldLocations: [
                        "": at(file, 124, 5),
                        "intro": at(file, 127, 12),
                        "title": at(file, 126, 12),
                    ]
                ),
            ],
            origin: "builtin:top-review",
            contentHash: "599829f38239e96256e10eecf9f6df9fb0ace4ae37616b557b85c50699b4d8c0",
            fieldLocations: [
                "": at(file, 6, 1),
                "id": at(file, 7, 5),
                "keywork": at(file, 6, 10),
                "language": at(file, 10, 11),
                "mode": at(file, 11, 7),
                "notice": at(file, 15, 9),
                "repeat_after_days": at(file, 16, 20),
                "screens": at(file, 18, 3),
                "sources": at(file, 14, 3),
                "status": at(file, 12, 9),
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
            version: "2026-12",
            language: "en",
            mode: .session,
            participants: nil,
            status: .draft,
            reviewedBy: nil,
            reviewed: nil,
            reviewBy: nil,
            sources: [
                "Joseph-Williams and others, Toward minimum standards for certifying patient decision aids, Medical Decision Making (2014)",
                "Légaré and others, Are you SURE? Assessing patient decisional conflict with a 4-item screening test, Canadian Family Physician (2010)",
            ],
            notice: "An agency's clinical lead must review this guide before real use.",
            repeatAfterDays: nil,
            screens: [
                Screen(
                    id: "welcome",
                    title: "Welcome",
                    when: nil,
                    handout: nil,
                    content: .info(InfoScreen(body: "This is a short tour. It shows how a session works.\n\nYou and your keyworker look at the same screen. You go at your own pace.\nNothing moves on until you are ready.\n\n- {key:question}: note a question, at any time.\n- {key:not-sure}: say you are *not sure*, or do not agree.\n- {key:back}: go back. Your answers are kept.\n")),
                    location: at(file, 15, 5),
                    textHash: "5c20667ee8e3de576fd05e1aebfc537a3b57168142f43229942844199bc9ebf8",
                    fieldLocations: [
                        "": at(file, 15, 5),
                        "body": at(file, 18, 11),
                        "title": at(file, 17, 12),
                    ]
                ),
                Screen(
                    id: "focus",
                    title: "This week",
                    when: nil,
                    handout: nil,
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
                    location: at(file, 28, 5),
                    textHash: "20bc5493459496e926a6e753e6647e7e9c7f4fb2d7b5d4fb88e1ff86dd9927c0",
                    fieldLocations: [
                        "": at(file, 28, 5),
                        "option.health": at(file, 36, 9),
                        "option.health.label": at(file, 36, 29),
                        "option.practical": at(file, 35, 9),
                        "option.practical.detail": at(file, 35, 69),
                        "option.practical.label": at(file, 35, 32),
                        "option.talk": at(file, 34, 9),
                        "option.talk.label": at(file, 34, 27),
                        "options": at(file, 34, 7),
                        "prompt": at(file, 31, 13),
                        "title": at(file, 30, 12),
                    ]
                ),
                Screen(
                    id: "practical-help",
                    title: "Day to day things",
                    when: Condition(screen: "focus", test: .isOption("practical"), location: at(file, 41, 11)),
                    handout: nil,
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
                    location: at(file, 38, 5),
                    textHash: "e50b171f162e4345353753ad510857541e066fce7b939571e300d57f5c9fd71c",
                    fieldLocations: [
                        "": at(file, 38, 5),
                        "option.food": at(file, 49, 9),
                        "option.food.label": at(file, 49, 27),
                        "option.forms": at(file, 46, 9),
                        "option.forms.label": at(file, 46, 28),
                        "option.home": at(file, 48, 9),
                        "option.home.label": at(file, 48, 27),
                        "option.money": at(file, 47, 9),
                        "option.money.label": at(file, 47, 28),
                        "options": at(file, 46, 7),
                        "prompt": at(file, 42, 13),
                        "title": at(file, 40, 12),
                    ]
                ),
                Screen(
                    id: "in-your-words",
                    title: "In your own words",
                    when: nil,
                    handout: nil,
                    content: .text(TextScreen(prompt: "Is there anything else you want to say about this week? You can skip this.", optional: true)),
                    location: at(file, 51, 5),
                    textHash: "0e2517ca3469717726c01506b674ee9e03c53120adf24902b7a64c199641815d",
                    fieldLocations: [
                        "": at(file, 51, 5),
                        "prompt": at(file, 54, 13),
                        "title": at(file, 53, 12),
                    ]
                ),
                Screen(
                    id: "how-it-feels",
                    title: "How you feel",
                    when: nil,
                    handout: nil,
                    content: .scale(ScaleScreen(
                        prompt: "How hopeful do you feel about this week?",
                        min: 0,
                        max: 10,
                        minLabel: "Not hopeful",
                        maxLabel: "Very hopeful"
                    )),
                    location: at(file, 57, 5),
                    textHash: "cccaca42e4a4957a3abb595f9f63b0015fd5507c6f14216bef87497910a199df",
                    fieldLocations: [
                        "": at(file, 57, 5),
                        "max_label": at(file, 64, 16),
                        "min_label": at(file, 63, 16),
                        "prompt": at(file, 60, 13),
                        "title": at(file, 59, 12),
                    ]
                ),
                Screen(
                    id: "ways",
                    title: "Ways to get support",
                    when: nil,
                    handout: nil,
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
                    location: at(file, 66, 5),
                    textHash: "16c46f769b908776436684cf51c715a01e2e33b1d3fae9725489ad2563d43384",
                    fieldLocations: [
                        "": at(file, 66, 5),
                        "attribute.what.label": at(file, 71, 27),
                        "attribute.when.label": at(file, 72, 27),
                        "attribute.who.label": at(file, 73, 26),
                        "option.drop-in": at(file, 75, 9),
                        "option.drop-in.con.1": at(file, 82, 16),
                        "option.drop-in.label": at(file, 76, 16),
                        "option.drop-in.pro.1": at(file, 81, 16),
                        "option.drop-in.value.what": at(file, 78, 17),
                        "option.drop-in.value.when": at(file, 79, 17),
                        "option.drop-in.value.who": at(file, 80, 16),
                        "option.phone": at(file, 83, 9),
                        "option.phone.con.1": at(file, 90, 16),
                        "option.phone.label": at(file, 84, 16),
                        "option.phone.pro.1": at(file, 89, 16),
                        "option.phone.value.what": at(file, 86, 17),
                        "option.phone.value.when": at(file, 87, 17),
                        "option.phone.value.who": at(file, 88, 16),
                        "option.visit": at(file, 91, 9),
                        "option.visit.con.1": at(file, 98, 16),
                        "option.visit.label": at(file, 92, 16),
                        "option.visit.pro.1": at(file, 97, 16),
                        "option.visit.value.what": at(file, 94, 17),
                        "option.visit.value.when": at(file, 95, 17),
                        "option.visit.value.who": at(file, 96, 16),
                        "options": at(file, 75, 7),
                        "prompt": at(file, 69, 13),
                        "title": at(file, 68, 12),
                    ]
                ),
                Screen(
                    id: "choose",
                    title: "Your choice",
                    when: nil,
                    handout: nil,
                    content: .decision(DecisionScreen(from: "ways", prompt: "Which way would suit you best this week? Say why in your own words.")),
                    location: at(file, 100, 5),
                    textHash: "8630de099c6ab347fba94229a046e6deabaf2f90966dc49aa74968a493a86871",
                    fieldLocations: [
                        "": at(file, 100, 5),
                        "prompt": at(file, 104, 13),
                        "title": at(file, 102, 12),
                    ]
                ),
                Screen(
                    id: "can-we",
                    title: "Can we do it?",
                    when: nil,
                    handout: nil,
                    content: .availability(AvailabilityScreen(from: "choose", prompt: "Your keyworker will tell you if this can happen now. If not, you will agree what to do while you wait.")),
                    location: at(file, 106, 5),
                    textHash: "83ea78beb58440a59b2c5c72cdf8f27ff4bde35b49c4f7dbeed592f5a5869605",
                    fieldLocations: [
                        "": at(file, 106, 5),
                        "prompt": at(file, 110, 13),
                        "title": at(file, 108, 12),
                    ]
                ),
                Screen(
                    id: "how-sure",
                    title: "Checking in",
                    when: nil,
                    handout: nil,
                    content: .sure(SureScreen(intro: "Here are four short questions. They check that you feel ready. It is fine to say no.")),
                    location: at(file, 112, 5),
                    textHash: "8ae9c5da130c50e587d5100e56084f9cbbbfb2377ed2fd909e2b31b1d4d0a3eb",
                    fieldLocations: [
                        "": at(file, 112, 5),
                        "intro": at(file, 115, 12),
                        "title": at(file, 114, 12),
                    ]
                ),
                Screen(
                    id: "check",
                    title: "Before you sign",
                    when: nil,
                    handout: nil,
                    content: .summary(SummaryScreen(intro: "Here is what you chose and said today. Read it through. You can go back and change it.")),
                    location: at(file, 117, 5),
                    textHash: "92c7f1c84690b1b70dd143ec52067c5a0dddfc5eea25c2a674ae84277bbfcd02",
                    fieldLocations: [
                        "": at(file, 117, 5),
                        "intro": at(file, 120, 12),
                        "title": at(file, 119, 12),
                    ]
                ),
                Screen(
                    id: "agree",
                    title: "Our plan for this week",
                    when: nil,
                    handout: nil,
                    content: .consent(ConsentScreen(
                        intro: "Please read each line. Tick it if you agree. Then you both sign.",
                        statements: [
                            ConsentScreen.Statement(id: "statement-1", text: "I chose the support that suits me this week.", when: Condition(screen: "choose", test: .isOption("accepted"), location: at(file, 129, 87))),
                            ConsentScreen.Statement(id: "instead", text: "My first choice could not happen this week. I know why, and what we agreed instead.", when: Condition(screen: "choose", test: .isOption("not-accepted"), location: at(file, 132, 15))),
                            ConsentScreen.Statement(id: "statement-2", text: "My keyworker will do what we agreed today.", required: true),
                            ConsentScreen.Statement(id: "statement-3", text: "We can look at this plan again at any time."),
                        ],
                        signers: [.client, .keyworker],
                        meanings: [.client: "I agree to this plan for the week.", .keyworker: "I explained this plan and answered the questions."],
                        revisitAfterDays: 7,
                        requiresSure: true
                    )),
                    location: at(file, 122, 5),
                    textHash: "cc8687e1f3678586f5747458b09a87e5a2c546db5bf1d6d1d138572494872c70",
                    fieldLocations: [
                        "": at(file, 122, 5),
                        "intro": at(file, 125, 12),
                        "meaning.client": at(file, 137, 15),
                        "meaning.keyworker": at(file, 138, 18),
                        "statement.instead": at(file, 131, 15),
                        "statement.statement-1": at(file, 129, 33),
                        "statement.statement-2": at(file, 133, 33),
                        "statement.statement-3": at(file, 134, 33),
                        "title": at(file, 124, 12),
                    ]
                ),
                Screen(
                    id: "next",
                    title: "What happens next",
                    when: nil,
                    handout: nil,
                    content: .info(InfoScreen(body: "Thank you. That is the end of the tour.\n\nYou will get a copy of what you agreed. It has a short code on it.\nThe code shows that nobody changed the record later.\nYour keyworker will talk with you about the plan again next week.\n")),
                    location: at(file, 142, 5),
                    textHash: "8247d3974ae2c860bd8e25329ee2c8f727d35df7b308a78063aa52c57a1b3b68",
                    fieldLocations: [
                        "": at(file, 142, 5),
                        "body": at(file, 145, 11),
                        "title": at(file, 144, 12),
                    ]
                ),
            ],
            origin: "builtin:tour",
            contentHash: "09ec837994ab0e26065f49587e00e802316784d4bc58655a42feef7f0c3b2d62",
            fieldLocations: [
                "": at(file, 3, 1),
                "id": at(file, 4, 5),
                "keywork": at(file, 3, 10),
                "language": at(file, 7, 11),
                "mode": at(file, 8, 7),
                "notice": at(file, 13, 9),
                "screens": at(file, 15, 3),
                "sources": at(file, 11, 3),
                "status": at(file, 9, 9),
                "title": at(file, 5, 8),
                "version": at(file, 6, 10),
            ]
        )
    }

    private static func guide_tour_pl() -> Guide {
        let file = "builtin:tour-pl"
        return Guide(
            formatVersion: 1,
            id: "tour-pl",
            title: "Krótki przewodnik po Keywork",
            version: "2026-12",
            language: "pl",
            mode: .session,
            participants: nil,
            status: .draft,
            reviewedBy: nil,
            reviewed: nil,
            reviewBy: nil,
            sources: [
                "Joseph-Williams and others, Toward minimum standards for certifying patient decision aids, Medical Decision Making (2014)",
                "Légaré and others, Are you SURE? Assessing patient decisional conflict with a 4-item screening test, Canadian Family Physician (2010)",
            ],
            notice: "Przed użyciem ten przewodnik musi sprawdzić kierownik kliniczny placówki, a tłumaczenie osoba biegle mówiąca po polsku.",
            repeatAfterDays: nil,
            screens: [
                Screen(
                    id: "welcome",
                    title: "Witamy",
                    when: nil,
                    handout: nil,
                    content: .info(InfoScreen(body: "To jest krótki przewodnik. Pokazuje, jak wygląda sesja.\n\nTy i twój terapeuta prowadzący patrzycie na ten sam ekran. Idziesz we własnym tempie.\nNic nie ruszy dalej, dopóki nie dasz znać.\n\n- {key:question}: zapisz pytanie, w dowolnej chwili.\n- {key:not-sure}: powiedz, że *nie masz pewności* albo się nie zgadzasz.\n- {key:back}: wróć. Twoje odpowiedzi zostają.\n")),
                    location: at(file, 19, 5),
                    textHash: "046286befc9070e7a62ecdca1314fcfaa961a4b7ae1403d35dbb32186690bec1",
                    fieldLocations: [
                        "": at(file, 19, 5),
                        "body": at(file, 22, 11),
                        "title": at(file, 21, 12),
                    ]
                ),
                Screen(
                    id: "focus",
                    title: "Ten tydzień",
                    when: nil,
                    handout: nil,
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
                    location: at(file, 32, 5),
                    textHash: "0ec55abbcdab62ce69c18c942a1687a715b1dd38c2448d8d2c522bcb0a7b9aa0",
                    fieldLocations: [
                        "": at(file, 32, 5),
                        "option.health": at(file, 40, 9),
                        "option.health.label": at(file, 40, 29),
                        "option.practical": at(file, 39, 9),
                        "option.practical.detail": at(file, 39, 70),
                        "option.practical.label": at(file, 39, 32),
                        "option.talk": at(file, 38, 9),
                        "option.talk.label": at(file, 38, 27),
                        "options": at(file, 38, 7),
                        "prompt": at(file, 35, 13),
                        "title": at(file, 34, 12),
                    ]
                ),
                Screen(
                    id: "practical-help",
                    title: "Codzienne sprawy",
                    when: Condition(screen: "focus", test: .isOption("practical"), location: at(file, 45, 11)),
                    handout: nil,
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
                    location: at(file, 42, 5),
                    textHash: "7237b8bd0c61dffc8e8fd3135f5ed30be2a86a2b6d49c29bfa3328ab5e8fec7b",
                    fieldLocations: [
                        "": at(file, 42, 5),
                        "option.food": at(file, 53, 9),
                        "option.food.label": at(file, 53, 27),
                        "option.forms": at(file, 50, 9),
                        "option.forms.label": at(file, 50, 28),
                        "option.home": at(file, 52, 9),
                        "option.home.label": at(file, 52, 27),
                        "option.money": at(file, 51, 9),
                        "option.money.label": at(file, 51, 28),
                        "options": at(file, 50, 7),
                        "prompt": at(file, 46, 13),
                        "title": at(file, 44, 12),
                    ]
                ),
                Screen(
                    id: "in-your-words",
                    title: "Własnymi słowami",
                    when: nil,
                    handout: nil,
                    content: .text(TextScreen(prompt: "Czy chcesz jeszcze coś powiedzieć o tym tygodniu? Możesz to pominąć.", optional: true)),
                    location: at(file, 55, 5),
                    textHash: "ffddacf3e17963e65b7468172c7d46a995d57df438e6014c7aafcaae7a1210ce",
                    fieldLocations: [
                        "": at(file, 55, 5),
                        "prompt": at(file, 58, 13),
                        "title": at(file, 57, 12),
                    ]
                ),
                Screen(
                    id: "how-it-feels",
                    title: "Jak się czujesz",
                    when: nil,
                    handout: nil,
                    content: .scale(ScaleScreen(
                        prompt: "Ile masz nadziei na ten tydzień?",
                        min: 0,
                        max: 10,
                        minLabel: "Żadnej nadziei",
                        maxLabel: "Dużo nadziei"
                    )),
                    location: at(file, 61, 5),
                    textHash: "6c93dce330c3290b89a00fdcff84c611d3ff4104eaa44188d419954928853ca9",
                    fieldLocations: [
                        "": at(file, 61, 5),
                        "max_label": at(file, 68, 16),
                        "min_label": at(file, 67, 16),
                        "prompt": at(file, 64, 13),
                        "title": at(file, 63, 12),
                    ]
                ),
                Screen(
                    id: "ways",
                    title: "Sposoby na wsparcie",
                    when: nil,
                    handout: nil,
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
                                    "Dzień wybierasz ty.",
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
                    location: at(file, 70, 5),
                    textHash: "f5926c15cad30a3a4ca9afa9f36777d72e1ab699406c3c5fbe7b39c8855807e0",
                    fieldLocations: [
                        "": at(file, 70, 5),
                        "attribute.what.label": at(file, 75, 27),
                        "attribute.when.label": at(file, 76, 27),
                        "attribute.who.label": at(file, 77, 26),
                        "option.drop-in": at(file, 79, 9),
                        "option.drop-in.con.1": at(file, 86, 16),
                        "option.drop-in.label": at(file, 80, 16),
                        "option.drop-in.pro.1": at(file, 85, 16),
                        "option.drop-in.value.what": at(file, 82, 17),
                        "option.drop-in.value.when": at(file, 83, 17),
                        "option.drop-in.value.who": at(file, 84, 16),
                        "option.phone": at(file, 87, 9),
                        "option.phone.con.1": at(file, 94, 16),
                        "option.phone.label": at(file, 88, 16),
                        "option.phone.pro.1": at(file, 93, 16),
                        "option.phone.value.what": at(file, 90, 17),
                        "option.phone.value.when": at(file, 91, 17),
                        "option.phone.value.who": at(file, 92, 16),
                        "option.visit": at(file, 95, 9),
                        "option.visit.con.1": at(file, 102, 16),
                        "option.visit.label": at(file, 96, 16),
                        "option.visit.pro.1": at(file, 101, 16),
                        "option.visit.value.what": at(file, 98, 17),
                        "option.visit.value.when": at(file, 99, 17),
                        "option.visit.value.who": at(file, 100, 16),
                        "options": at(file, 79, 7),
                        "prompt": at(file, 73, 13),
                        "title": at(file, 72, 12),
                    ]
                ),
                Screen(
                    id: "choose",
                    title: "Twój wybór",
                    when: nil,
                    handout: nil,
                    content: .decision(DecisionScreen(from: "ways", prompt: "Który sposób najbardziej by ci pasował w tym tygodniu? Powiedz własnymi słowami dlaczego.")),
                    location: at(file, 104, 5),
                    textHash: "b8dfbb401a814ee1ec934bfab4b282e825eede846aea34ff34f742fe3541f6a1",
                    fieldLocations: [
                        "": at(file, 104, 5),
                        "prompt": at(file, 108, 13),
                        "title": at(file, 106, 12),
                    ]
                ),
                Screen(
                    id: "can-we",
                    title: "Czy to się da zrobić?",
                    when: nil,
                    handout: nil,
                    content: .availability(AvailabilityScreen(from: "choose", prompt: "Terapeuta prowadzący powie ci, czy to może być teraz. Jeśli nie, ustalicie, co robić w czasie czekania.")),
                    location: at(file, 110, 5),
                    textHash: "f3fe284c9c31d65b0e2a217e006b6bb1f12993dda092699b630acc0221d77fe4",
                    fieldLocations: [
                        "": at(file, 110, 5),
                        "prompt": at(file, 114, 13),
                        "title": at(file, 112, 12),
                    ]
                ),
                Screen(
                    id: "how-sure",
                    title: "Sprawdzenie",
                    when: nil,
                    handout: nil,
                    content: .sure(SureScreen(intro: "Oto cztery krótkie pytania. Sprawdzają twoją gotowość. Można odpowiedzieć „nie”.")),
                    location: at(file, 116, 5),
                    textHash: "ebb19c2401915e0728465aa8c6624094ef891d5fca8548d379b6fb9e84d91d22",
                    fieldLocations: [
                        "": at(file, 116, 5),
                        "intro": at(file, 119, 12),
                        "title": at(file, 118, 12),
                    ]
                ),
                Screen(
                    id: "check",
                    title: "Przed podpisaniem",
                    when: nil,
                    handout: nil,
                    content: .summary(SummaryScreen(intro: "Oto, co dziś wybrano i powiedziano. Przeczytaj to. Możesz wrócić i coś zmienić.")),
                    location: at(file, 121, 5),
                    textHash: "a858ee2cb9f15400b9b403b8d5ab0e3e20731a5a2b0790622d646028814542a4",
                    fieldLocations: [
                        "": at(file, 121, 5),
                        "intro": at(file, 124, 12),
                        "title": at(file, 123, 12),
                    ]
                ),
                Screen(
                    id: "agree",
                    title: "Nasz plan na ten tydzień",
                    when: nil,
                    handout: nil,
                    content: .consent(ConsentScreen(
                        intro: "Przeczytaj każde zdanie. Zaznacz je, jeśli się zgadzasz. Potem obie osoby się podpisują.",
                        statements: [
                            ConsentScreen.Statement(id: "statement-1", text: "Wybieram wsparcie, które pasuje mi w tym tygodniu.", when: Condition(screen: "choose", test: .isOption("accepted"), location: at(file, 132, 93))),
                            ConsentScreen.Statement(id: "instead", text: "Mój pierwszy wybór nie jest możliwy w tym tygodniu. Wiem, dlaczego, i wiem, co uzgodniono zamiast tego.", when: Condition(screen: "choose", test: .isOption("not-accepted"), location: at(file, 135, 15))),
                            ConsentScreen.Statement(id: "statement-2", text: "Mój terapeuta prowadzący zrobi to, co dziś uzgodniono.", required: true),
                            ConsentScreen.Statement(id: "statement-3", text: "W każdej chwili możemy jeszcze raz spojrzeć na ten plan."),
                        ],
                        signers: [.client, .keyworker],
                        meanings: [.client: "Zgadzam się na ten plan na ten tydzień.", .keyworker: "Wyjaśniono ten plan i odpowiedziano na pytania."],
                        revisitAfterDays: 7,
                        requiresSure: true
                    )),
                    location: at(file, 126, 5),
                    textHash: "f5e40ed36dc903f72732903bf9dd97b1004d58e59e6fb6c9229bbaf8530803c3",
                    fieldLocations: [
                        "": at(file, 126, 5),
                        "intro": at(file, 129, 12),
                        "meaning.client": at(file, 140, 15),
                        "meaning.keyworker": at(file, 141, 18),
                        "statement.instead": at(file, 134, 15),
                        "statement.statement-1": at(file, 132, 33),
                        "statement.statement-2": at(file, 136, 33),
                        "statement.statement-3": at(file, 137, 33),
                        "title": at(file, 128, 12),
                    ]
                ),
                Screen(
                    id: "next",
                    title: "Co dalej",
                    when: nil,
                    handout: nil,
                    content: .info(InfoScreen(body: "Dziękujemy. To koniec przewodnika.\n\nDostaniesz kopię tego, co uzgodniono. Na pierwszej stronie jest to, co dalej, do kogo dzwonić, i krótki kod.\nKod pokazuje, że nikt później nie zmienił zapisu.\nW przyszłym tygodniu terapeuta prowadzący znów porozmawia z tobą o planie.\n")),
                    location: at(file, 145, 5),
                    textHash: "fefad4e8eb10d67dafe4962e1f0e145659e2fd386e991ec241d0d03c38c64d45",
                    fieldLocations: [
                        "": at(file, 145, 5),
                        "body": at(file, 148, 11),
                        "title": at(file, 147, 12),
                    ]
                ),
            ],
            origin: "builtin:tour-pl",
            contentHash: "dcc8d3aa4949394d3256888aa600aa548435e60c2d79f550916611cc1a58e126",
            fieldLocations: [
                "": at(file, 7, 1),
                "id": at(file, 8, 5),
                "keywork": at(file, 7, 10),
                "language": at(file, 11, 11),
                "mode": at(file, 12, 7),
                "notice": at(file, 17, 9),
                "screens": at(file, 19, 3),
                "sources": at(file, 15, 3),
                "status": at(file, 13, 9),
                "title": at(file, 9, 8),
                "version": at(file, 10, 10),
            ]
        )
    }

    private static func guide_treatment_agreement() -> Guide {
        let file = "builtin:treatment-agreement"
        return Guide(
            formatVersion: 1,
            id: "treatment-agreement",
            title: "Your treatment agreement",
            version: "2026-12",
            language: "en",
            mode: .session,
            participants: nil,
            status: .draft,
            reviewedBy: nil,
            reviewed: nil,
            reviewBy: nil,
            sources: [
                "NICE TA114, Methadone and buprenorphine for the management of opioid dependence (2007)",
                "General Medical Council, Confidentiality: good practice in handling patient information (2017)",
                "Office for Health Improvement and Disparities, NDTMS: privacy notice (2022)",
                "Department for Education, Information sharing advice for safeguarding practitioners (2024)",
                "Fischer, Jenkins, Bloor, Neale and Berney, Drug user involvement in treatment decisions, Joseph Rowntree Foundation (undated web page, read 2026)",
            ],
            notice: "An agency's clinical lead must review this guide before real use.",
            repeatAfterDays: nil,
            screens: [
                Screen(
                    id: "welcome",
                    title: "Your treatment agreement",
                    when: nil,
                    handout: nil,
                    content: .info(InfoScreen(body: "A treatment agreement sets out what we will do for you, and what you agree to do.\nIt is not a test. It is there so that we both know where we stand.\n\nWe will go through it one part at a time. Ask about anything that is not clear.\nYou can look at this agreement again with your keyworker later, and change it.\n\n- {key:question}: note a question, at any time.\n- {key:not-sure}: say you are *not sure*, or do not agree.\n- {key:back}: go back. Your answers are kept.\n")),
                    location: at(file, 26, 5),
                    textHash: "5a4df02023c14ce1302ad8c22c35d967da6ad767ba9e8a4244bd9f86e441db4c",
                    fieldLocations: [
                        "": at(file, 26, 5),
                        "body": at(file, 29, 11),
                        "title": at(file, 28, 12),
                    ]
                ),
                Screen(
                    id: "aims",
                    title: "What you want from treatment",
                    when: nil,
                    handout: nil,
                    content: .text(TextScreen(prompt: "In your own words, what do you want from treatment? This goes into your agreement.", optional: false)),
                    location: at(file, 40, 5),
                    textHash: "d9ce1fc22b7d20c2a186074028d464b46c2b125fbe26a54bbc0d59777e4f7ad4",
                    fieldLocations: [
                        "": at(file, 40, 5),
                        "prompt": at(file, 43, 13),
                        "title": at(file, 42, 12),
                    ]
                ),
                Screen(
                    id: "both-sides",
                    title: "What each of us will do",
                    when: nil,
                    handout: nil,
                    content: .info(InfoScreen(body: "The service will:\n- treat you with respect, and listen to you;\n- explain your choices and the risks, in plain words;\n- plan your care with you, and review it with you;\n- tell you about any waits or delays as soon as we can.\n\nYou agree to:\n- come to the meetings you agree to, or let us know if you cannot;\n- tell us about changes that affect your treatment or your safety;\n- treat staff and other people here with respect.\n")),
                    location: at(file, 45, 5),
                    textHash: "e3da0dae9faa5c6bb455216f6700524a6bfb01d8b8eb4875ad82c7f993919588",
                    fieldLocations: [
                        "": at(file, 45, 5),
                        "body": at(file, 48, 11),
                        "title": at(file, 47, 12),
                    ]
                ),
                Screen(
                    id: "chemist",
                    title: "Taking your medicine at the chemist",
                    when: nil,
                    handout: "At first, you take each dose at the chemist every day while the pharmacist watches. NICE (TA114) says this is for at least the first 3 months.",
                    content: .info(InfoScreen(body: "If you get methadone or buprenorphine, you collect it from a chemist.\n\nNICE guidance (TA114) says:\n\n\"Methadone and buprenorphine should be administered daily, under supervision, for at least the first 3 months.\"\n\nIn plain words: at first, you take each dose at the chemist every day, and the pharmacist watches.\n\nNICE says this should be relaxed only when staff are sure you take it as agreed.\n\nAsk your keyworker which chemist you will use, and what times you can go.\n")),
                    location: at(file, 60, 5),
                    textHash: "955e0e92ae96b7b1881711969e0528e5379c638832a5da7a493700d62f860ebe",
                    fieldLocations: [
                        "": at(file, 60, 5),
                        "body": at(file, 63, 11),
                        "handout": at(file, 75, 14),
                        "title": at(file, 62, 12),
                    ]
                ),
                Screen(
                    id: "missed",
                    title: "If you miss a dose",
                    when: nil,
                    handout: nil,
                    content: .info(InfoScreen(body: "Missing doses can matter. Each service has its own rules about what happens next.\n\nIf you miss a dose, or think you will, tell the chemist and your keyworker.\nIt is always better to tell us.\n\nAsk your keyworker what the rule is here.\n")),
                    location: at(file, 77, 5),
                    textHash: "c51afb4c647e5b62d7093737010ec035ffcabea44547f3914e3f971eed7c377e",
                    fieldLocations: [
                        "": at(file, 77, 5),
                        "body": at(file, 80, 11),
                        "title": at(file, 79, 12),
                    ]
                ),
                Screen(
                    id: "take-home",
                    title: "Taking doses home",
                    when: nil,
                    handout: nil,
                    content: .info(InfoScreen(body: "Later on, you may be able to take some doses home. This is decided with you and the prescriber.\n\nAsk your keyworker how this is decided here. Ask how to keep doses safe at home, most of all from children.\nYour doses are only for you.\n")),
                    location: at(file, 88, 5),
                    textHash: "c333a48247557aa65ab0eb54dff85f0fd101e7ae87e239d26206ed37aeef5394",
                    fieldLocations: [
                        "": at(file, 88, 5),
                        "body": at(file, 91, 11),
                        "title": at(file, 90, 12),
                    ]
                ),
                Screen(
                    id: "hospital-prison",
                    title: "If you go into hospital or prison",
                    when: nil,
                    handout: nil,
                    content: .info(InfoScreen(body: "If you go into hospital or prison, tell the staff there what medicine you take.\n\nAsk your keyworker what happens to your prescription if this happens. Ask who will tell the chemist.\n")),
                    location: at(file, 97, 5),
                    textHash: "b07e3dc5c4be7d7e6601e290a90ce5e8ca3ebb7c2efef310dda268fbe37759cc",
                    fieldLocations: [
                        "": at(file, 97, 5),
                        "body": at(file, 100, 11),
                        "title": at(file, 99, 12),
                    ]
                ),
                Screen(
                    id: "confidentiality",
                    title: "What we share, and when",
                    when: nil,
                    handout: "What you tell us is private, with limits. The chemist and your GP may be told about your medicine. Staff may have to share if someone may be at risk of serious harm, or if a court orders it.",
                    content: .info(InfoScreen(body: "What you tell us is private, with some limits. We will tell you what we share, and with whom.\n\nSome things are shared as part of your care:\n- the chemist is told about your prescription, so they can give you your medicine;\n- your GP may be told which medicine you are prescribed, so your care is safe;\n- a national count of people in treatment (NDTMS) gets some facts, but only if you agree.\n\nStaff may have to share without your agreement if:\n- a child or an adult may be at risk of serious harm;\n- someone's life may be in danger;\n- a court orders it, or the law says they must.\n\nThey share only what is needed, and tell you first if they can.\nThe \"sharing information\" session goes through this, and your choices, one by one.\n")),
                    location: at(file, 105, 5),
                    textHash: "fae714623eae6405bae348ea1eed9951264e0483a2df66271e9790e94e41475b",
                    fieldLocations: [
                        "": at(file, 105, 5),
                        "body": at(file, 108, 11),
                        "handout": at(file, 123, 14),
                        "title": at(file, 107, 12),
                    ]
                ),
                Screen(
                    id: "changes",
                    title: "Changes to your chemist or pick-up",
                    when: nil,
                    handout: nil,
                    content: .info(InfoScreen(body: "We will give you notice before we change your chemist or the way you pick up your medicine.\n\nIf you want to change them, tell your keyworker. Ask how much notice they need.\n")),
                    location: at(file, 125, 5),
                    textHash: "d67de040e1dced3ac81ef65d311b16cd42b12e79d069a78526a3d5b888f936d7",
                    fieldLocations: [
                        "": at(file, 125, 5),
                        "body": at(file, 128, 11),
                        "title": at(file, 127, 12),
                    ]
                ),
                Screen(
                    id: "rights",
                    title: "Your rights",
                    when: nil,
                    handout: nil,
                    content: .info(InfoScreen(body: "You have the right to:\n- hear about all the options open to you;\n- help write your care plan, and review it;\n- ask for a second opinion;\n- complain, and be told how to do it;\n- look at this agreement again with your keyworker, and ask to change it.\n\nMaking a complaint will not count against you. Ask your keyworker how to complain here.\n")),
                    location: at(file, 133, 5),
                    textHash: "26a7f35a1ec9607d61646ebb96ea897b447c9af3dd578b11bdcb34e9d8084134",
                    fieldLocations: [
                        "": at(file, 133, 5),
                        "body": at(file, 136, 11),
                        "title": at(file, 135, 12),
                    ]
                ),
                Screen(
                    id: "summary",
                    title: "Before you sign",
                    when: nil,
                    handout: nil,
                    content: .summary(SummaryScreen(intro: "Here is what you said today. Read it through. You can go back and change anything.")),
                    location: at(file, 146, 5),
                    textHash: "10884befb28a7d8fc7cd6acd0a097be8677dfd97bbf9aaf876a94c77e9cb9348",
                    fieldLocations: [
                        "": at(file, 146, 5),
                        "intro": at(file, 149, 12),
                        "title": at(file, 148, 12),
                    ]
                ),
                Screen(
                    id: "agreement",
                    title: "Our treatment agreement",
                    when: nil,
                    handout: nil,
                    content: .consent(ConsentScreen(
                        intro: "Please read each line. Tick it if you agree. If you do not agree with a line, say so. Then you both sign.",
                        statements: [
                            ConsentScreen.Statement(id: "aims", text: "The aims of my treatment are the ones I gave in my own words.", required: true),
                            ConsentScreen.Statement(id: "service", text: "The service will treat me with respect, explain my choices and plan my care with me."),
                            ConsentScreen.Statement(id: "client", text: "I will come to the meetings I agree to, or let my keyworker know if I cannot."),
                            ConsentScreen.Statement(id: "supervised", text: "I will take my doses at the chemist, watched, for as long as my plan says. NICE TA114 advises at least the first 3 months."),
                            ConsentScreen.Statement(id: "missed-doses", text: "If I miss a dose, I will tell the chemist and my keyworker. I know the rule here."),
                            ConsentScreen.Statement(id: "take-home", text: "If I take doses home, I will keep them safe. They are only for me."),
                            ConsentScreen.Statement(id: "hospital-prison", text: "If I go into hospital or prison, I will tell the staff there what I take."),
                            ConsentScreen.Statement(id: "confidentiality", text: "I know what the service shares as part of my care. I know when staff may have to share without my agreement."),
                            ConsentScreen.Statement(id: "notice", text: "The service will give me notice before changing my chemist or how I pick up."),
                            ConsentScreen.Statement(id: "complaints", text: "I know how to complain or ask for a second opinion."),
                            ConsentScreen.Statement(id: "revisit", text: "I can look at this agreement again with my keyworker, and ask to change it."),
                        ],
                        signers: [.client, .keyworker],
                        meanings: [.client: "I agree to this treatment agreement.", .keyworker: "I explained each part and answered the questions. The service agrees to its part."],
                        revisitAfterDays: 90,
                        requiresSure: false
                    )),
                    location: at(file, 151, 5),
                    textHash: "e781452a15bd9e033cc85eb8580125df2e0449484dadec3ffc738c9af33f8bf8",
                    fieldLocations: [
                        "": at(file, 151, 5),
                        "intro": at(file, 156, 12),
                        "meaning.client": at(file, 171, 15),
                        "meaning.keyworker": at(file, 172, 18),
                        "statement.aims": at(file, 158, 26),
                        "statement.client": at(file, 160, 28),
                        "statement.complaints": at(file, 167, 32),
                        "statement.confidentiality": at(file, 165, 37),
                        "statement.hospital-prison": at(file, 164, 37),
                        "statement.missed-doses": at(file, 162, 34),
                        "statement.notice": at(file, 166, 28),
                        "statement.revisit": at(file, 168, 29),
                        "statement.service": at(file, 159, 29),
                        "statement.supervised": at(file, 161, 32),
                        "statement.take-home": at(file, 163, 31),
                        "title": at(file, 153, 12),
                    ]
                ),
                Screen(
                    id: "next",
                    title: "What happens next",
                    when: nil,
                    handout: nil,
                    content: .info(InfoScreen(body: "Thank you. You will get a copy of this agreement. Page one says what happens next, who to call, and your receipt code.\nThe code shows that nobody changed the record later.\n\nWe will look at it again together. If something stops working for you before then, tell your keyworker.\n")),
                    location: at(file, 175, 5),
                    textHash: "a2240c254f0041e7b7c0c4ae6eb0d093262bc5a65a4f4dda65496b11560da0b0",
                    fieldLocations: [
                        "": at(file, 175, 5),
                        "body": at(file, 178, 11),
                        "title": at(file, 177, 12),
                    ]
                ),
            ],
            origin: "builtin:treatment-agreement",
            contentHash: "916c4d08b6659a6a3a98be6929d69a266e4d98b1d4662ebf46fbf41e42802404",
            fieldLocations: [
                "": at(file, 11, 1),
                "id": at(file, 12, 5),
                "keywork": at(file, 11, 10),
                "language": at(file, 15, 11),
                "mode": at(file, 16, 7),
                "notice": at(file, 24, 9),
                "screens": at(file, 26, 3),
                "sources": at(file, 19, 3),
                "status": at(file, 17, 9),
                "title": at(file, 13, 8),
                "version": at(file, 14, 10),
            ]
        )
    }

    private static func at(_ file: String, _ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }
}
