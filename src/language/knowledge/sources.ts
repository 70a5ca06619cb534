/**
 * Every citation the knowledge base uses. A fact names one of these ids in its `source`;
 * `evidence` says how well the source was read (design/clinical-facts.md): `source` read,
 * `weak` only a secondary or remembered account, `engineering` our own arithmetic or choice.
 * A fact may lower the evidence of its source for itself (Sourced.evidence).
 */
import type { Evidence } from './types.js';

export interface Source {
    /** How a message or hover names it: "Palmieri 1995". */
    short: string;
    citation: string;
    url?: string;
    evidence: Evidence;
}

export const Sources = {
    // ── The seed report and the references it cites ────────────────────────────────────
    seed: {
        short: 'Amonkar 2022, the seed report',
        citation: "Amonkar A, Verenkar YJ, Rodrigues F, Anoop K, Masaguppi S, Rodrigues J. Calcinosis Cutis of the Thigh: A Surgeon's Perspective and Recent Advances. ICARE. 2022;1(3):1012.",
        url: 'https://ijcasereports.com/',
        evidence: 'source',
    },
    leBedocs2022: {
        short: 'Le & Bedocs, StatPearls 2022',
        citation: 'Le C, Bedocs PM. Calcinosis Cutis. StatPearls [Internet]. Treasure Island (FL): StatPearls Publishing; 2022. (Seed reference 1.)',
        url: 'https://www.statpearls.com/sp/md/393/18768/',
        evidence: 'source',
    },
    jimenezGallo2015: {
        short: 'Jiménez-Gallo 2015',
        citation: 'Jiménez-Gallo D, Ossorio-García L, Linares-Barrios M. Calcinosis Cutis and Calciphylaxis. Actas Dermosifiliogr. 2015;106(10):785-94. (Seed references 2 and 8.)',
        evidence: 'weak',
    },
    balin2012: {
        short: 'Balin 2012',
        citation: 'Balin SJ, Wetter DA, Andersen LK, Davis MD. Calcinosis cutis occurring in association with autoimmune connective tissue disease: the Mayo Clinic experience with 78 patients, 1996-2009. Arch Dermatol. 2012;148(4):455-62. (Seed reference 3.)',
        url: 'https://doi.org/10.1001/archdermatol.2011.2052',
        evidence: 'source',
    },
    tsuchida2016: {
        short: 'Tsuchida 2016',
        citation: 'Tsuchida Y, Sumitomo S, Fujio K, Yamamoto K. Massive calcinosis cutis associated with primary Sjögren\'s syndrome. BMJ Case Rep. 2016;2016:bcr2015214006. (Seed reference 4.)',
        evidence: 'weak',
    },
    fueki2011: {
        short: 'Fueki 2011',
        citation: 'Fueki H, Hino R, Yoshioka M, Nakamura M, Tokura Y. Calcinosis cutis associated with primary Sjögren\'s syndrome: strong expression of osteonectin and matrix Gla protein. Rheumatology (Oxford). 2011;50(12):2318-20. (Seed reference 5.)',
        evidence: 'weak',
    },
    llamasVelasco2010: {
        short: 'Llamas-Velasco 2010',
        citation: 'Llamas-Velasco M, Eguren C, Santiago D, García-García C, Fraga J, García-Díez A. Calcinosis cutis and Sjögren\'s syndrome. Lupus. 2010;19(6):762-4. (Seed reference 6.)',
        evidence: 'weak',
    },
    both2017: {
        short: 'Both 2017',
        citation: 'Both T, Dalm VA, van Hagen PM, van Daele PL. Reviewing primary Sjögren\'s syndrome: beyond the dryness - from pathophysiology to diagnosis and treatment. Int J Med Sci. 2017;14(3):191-200. (Seed reference 7.)',
        evidence: 'weak',
    },
    reiter2011: {
        short: 'Reiter 2011',
        citation: 'Reiter N, El-Shabrawi L, Leinweber B, Berghold A, Aberer E. Calcinosis cutis: part I. Diagnostic pathway. J Am Acad Dermatol. 2011;65(1):1-12. (Seed reference 9.)',
        evidence: 'weak',
    },

    // ── Calcinosis cutis: reviews and reports ──────────────────────────────────────────
    fdaSodiumPhosphate2014: {
        short: 'FDA 2014, sodium phosphate',
        citation: 'US Food and Drug Administration. Drug Safety Communication: FDA warns of possible harm from exceeding recommended dose of over-the-counter sodium phosphate products to treat constipation. 8 January 2014: dehydration, abnormal electrolytes (high phosphate, low calcium), kidney injury and death, more often in older people, children, and kidney disease.',
        url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-drug-safety-communication-fda-warns-possible-harm-exceeding-recommended-dose-over-counter-sodium',
        evidence: 'weak',
    },
    medscapeCalcinosisCutis: {
        short: 'Medscape, Calcinosis Cutis',
        citation: 'Calcinosis Cutis. Medscape Reference (eMedicine), article 1103137: Background and Pathophysiology.',
        url: 'https://emedicine.medscape.com/article/1103137-overview',
        evidence: 'source',
    },
    dermatologyAdvisor: {
        short: 'Dermatology Advisor',
        citation: 'Calcinosis Cutis (Benign cutaneous calcification, benign nodular calcification). Dermatology Advisor, Haymarket Media.',
        url: 'http://www.psychiatryadvisor.com/dermatology/calcinosis-cutis-benign-cutaneous-calcification-benign-nodular-calcification/article/593658/',
        evidence: 'source',
    },
    traineau2020: {
        short: 'Traineau 2020',
        citation: 'Traineau H, Aggarwal R, Monfort JB, et al. Treatment of calcinosis cutis in systemic sclerosis and dermatomyositis: a review of the literature. J Am Acad Dermatol. 2020;82(2):317-325.',
        url: 'https://doi.org/10.1016/j.jaad.2019.07.006',
        evidence: 'source',
    },
    valenzuelaChung2016: {
        short: 'Valenzuela & Chung 2016',
        citation: 'Valenzuela A, Chung L. Management of calcinosis associated with systemic sclerosis. Curr Treat Options Rheumatol. 2016;2(1):85-96.',
        url: 'https://doi.org/10.1007/s40674-016-0035-x',
        evidence: 'source',
    },
    valenzuela2018: {
        short: 'Valenzuela 2018',
        citation: 'Valenzuela A, Song P, Chung L. Calcinosis in scleroderma. Curr Opin Rheumatol. 2018;30(6):554-561.',
        url: 'https://doi.org/10.1097/BOR.0000000000000539',
        evidence: 'source',
    },
    hoeltzel2014: {
        short: 'Hoeltzel 2014',
        citation: 'Hoeltzel MF, Oberle EJ, Robinson AB, Agarwal A, Rider LG. The presentation, assessment, pathogenesis, and treatment of calcinosis in juvenile dermatomyositis. Curr Rheumatol Rep. 2014;16(12):467.',
        url: 'https://doi.org/10.1007/s11926-014-0467-y',
        evidence: 'source',
    },
    mar2021: {
        short: 'Mar 2021',
        citation: 'Mar D, Valenzuela A, Stevens KJ, Chung L, Fairchild RM. A narrative review of imaging in calcinosis associated with systemic sclerosis. Clin Rheumatol. 2021.',
        url: 'https://doi.org/10.1007/s10067-021-05696-6',
        evidence: 'source',
    },
    rumancik2020: {
        short: 'Rumancik 2020',
        citation: 'Rumancik BE, Rahnama-Moghadam S. Severe iatrogenic calcinosis cutis from extravasated calcium gluconate. Cureus. 2020;12(8):e9712.',
        url: 'https://doi.org/10.7759/cureus.9712',
        evidence: 'source',
    },
    song2019: {
        short: 'Song 2019',
        citation: 'Song KS, Lee SW, Kim DH, Min KK, Yon CJ. Spontaneous resolution of iatrogenic calcinosis cutis after parenteral calcium gluconate therapy in neonates. J Korean Orthop Assoc. 2019;54(2):192-196.',
        url: 'https://doi.org/10.4055/jkoa.2019.54.2.192',
        evidence: 'source',
    },

    // ── Treatment reports ──────────────────────────────────────────────────────────────
    palmieri1995: {
        short: 'Palmieri 1995',
        citation: 'Palmieri GM, Sebes JI, Aelion JA, et al. Treatment of calcinosis with diltiazem. Arthritis Rheum. 1995;38(11):1646-54.',
        url: 'https://pubmed.ncbi.nlm.nih.gov/7488286/',
        evidence: 'source',
    },
    robertson2003: {
        short: 'Robertson 2003',
        citation: 'Robertson LP, Marshall RW, Hickling P. Treatment of cutaneous calcinosis in limited systemic sclerosis with minocycline. Ann Rheum Dis. 2003;62(3):267-269.',
        url: 'https://doi.org/10.1136/ard.62.3.267',
        evidence: 'source',
    },
    kaliyadan2011: {
        short: 'Kaliyadan 2011',
        citation: 'Kaliyadan F, Venkitakrishnan S. Late onset calcification following juvenile dermatomyositis: response with weekly alendronate. Indian J Dermatol. 2011;56(3):357-359.',
        url: 'https://doi.org/10.4103/0019-5154.82491',
        evidence: 'source',
    },
    badawi2020: {
        short: 'Badawi 2020',
        citation: 'Badawi AH, Patel V, Warner AE, Hall JC. Dystrophic calcinosis cutis: treatment with intravenous sodium thiosulfate. Cutis. 2020.',
        url: 'https://www.mdedge.com/dermatology/article/228543/rare-diseases/dystrophic-calcinosis-cutis-treatment-intravenous-sodium',
        evidence: 'source',
    },
    reiter2010: {
        short: 'Reiter 2010',
        citation: 'Reiter N, El-Shabrawi L, Leinweber B, Aberer E. Subcutaneous morphea with dystrophic calcification with response to ceftriaxone treatment. J Am Acad Dermatol. 2010;63(2):e53-5.',
        evidence: 'weak',
    },
    nigwekar2018: {
        short: 'Nigwekar 2018',
        citation: 'Nigwekar SU, Thadhani R, Brandenburg VM. Calciphylaxis. N Engl J Med. 2018;378(18):1704-1714.',
        url: 'https://doi.org/10.1056/NEJMra1505292',
        evidence: 'source',
    },
    // ── Management by type and calciphylaxis criteria (design/management.md §1, §4, §8) ──
    deza2016: {
        short: 'Deza 2016',
        citation: 'Deza G, Sánchez-Schmidt JM, Pujol RM. Solitary plaque-type morphea with dystrophic calcinosis cutis. Acta Derm Venereol. 2016;96(3):418-419: cutaneous calcification is common in systemic sclerosis but rare in morphea (localized scleroderma).',
        url: 'https://doi.org/10.2340/00015555-2271',
        evidence: 'source',
    },
    nigwekar2008: {
        short: 'Nigwekar 2008',
        citation: 'Nigwekar SU, Wolf M, Sterns RH, Hix JK. Calciphylaxis from nonuremic causes: a systematic review. Clin J Am Soc Nephrol. 2008;3(4):1139-1143.',
        url: 'https://doi.org/10.2215/CJN.00530108',
        evidence: 'source',
    },
    cnConsensus: {
        short: 'calciphylaxis consensus (PMC10557543)',
        citation: 'Consensus on the diagnosis and treatment of calciphylaxis: hierarchical diagnostic levels (suspected, clinical, confirmed) and graded risk factors, Table 3. PMC10557543.',
        url: 'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC10557543/',
        evidence: 'source',
    },
    sprague2014: {
        short: 'Sprague 2014',
        citation: 'Sprague SM. Painful skin ulcers in a hemodialysis patient. Clin J Am Soc Nephrol. 2014;9(1):166-173.',
        evidence: 'source',
    },
    latus2011: {
        short: 'Latus 2011',
        citation: 'Latus J, et al. Early stage calciphylaxis: a case report. Case Rep Dermatol. 2011;3(3):201-205.',
        evidence: 'source',
    },
    martin2004: {
        short: 'Martin 2004',
        citation: 'Martin R. Mysterious calciphylaxis: wounds with eschar — to debride or not to debride? Ostomy Wound Manage. 2004;50(4):64-71.',
        evidence: 'source',
    },
    reiter2011b: {
        short: 'Reiter 2011, part II',
        citation: 'Reiter N, El-Shabrawi L, Leinweber B, Berghold A, Aberer E. Calcinosis cutis: part II. Treatment options. J Am Acad Dermatol. 2011;65(1):15-22.',
        url: 'https://doi.org/10.1016/j.jaad.2010.08.039',
        evidence: 'weak',
    },
    kdigo2017: {
        short: 'KDIGO 2017 CKD-MBD',
        citation: 'Kidney Disease: Improving Global Outcomes (KDIGO) CKD-MBD Update Work Group. KDIGO 2017 Clinical Practice Guideline Update for the Diagnosis, Evaluation, Prevention, and Treatment of Chronic Kidney Disease-Mineral and Bone Disorder (CKD-MBD). Kidney Int Suppl. 2017;7(1):1-59.',
        url: 'https://doi.org/10.1016/j.kisu.2017.04.001',
        evidence: 'weak',
    },
    pth2009Table: {
        short: 'KDIGO 2009 PTH target (PMC4284424)',
        citation: 'KDIGO 2009 CKD-MBD guideline, recommendation 4.2.1: in CKD G5D maintain intact PTH at about 2 to 9 times the upper limit of normal of the assay; tabulated in PMC4284424, Table 1.',
        url: 'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC4284424/',
        evidence: 'source',
    },
    visualdxHeel: {
        short: 'VisualDx, calcified heel nodules',
        citation: 'VisualDx. Calcified nodules of the heels: dystrophic calcification after heel sticks in neonates; nodules appear at 4 to 12 months and usually clear by 18 to 30 months.',
        url: 'https://www.visualdx.com/',
        evidence: 'source',
    },
    neonate16: {
        short: 'neonatal extravasation series (PMID 37545297)',
        citation: 'Iatrogenic calcinosis cutis after calcium gluconate extravasation in 16 neonates without necrosis: resolution in 1 to 3 months (mean 1.6). PMID 37545297.',
        url: 'https://pubmed.ncbi.nlm.nih.gov/37545297/',
        evidence: 'source',
    },
    scrotal2020: {
        short: 'scrotal calcinosis, Case Rep Urol 2020',
        citation: 'Idiopathic scrotal calcinosis: excision, no recurrence at 12 months. Case Rep Urol. 2020;2020:8877695.',
        evidence: 'source',
    },
    yamaguchi1995: {
        short: 'Yamaguchi 1995',
        citation: 'Yamaguchi T, Sugimoto T, Imai Y, et al. Successful treatment of hyperphosphatemic tumoral calcinosis with long-term acetazolamide. Bone. 1995;16(4 Suppl):247S-250S.',
        evidence: 'source',
    },
    boyce2020: {
        short: 'Boyce 2020',
        citation: 'Boyce AM, Lee AE, Roszko KL, Gafni RI. Hyperphosphatemic tumoral calcinosis: pathogenesis, clinical presentation, and challenges in management. Front Endocrinol. 2020;11:293.',
        url: 'https://doi.org/10.3389/fendo.2020.00293',
        evidence: 'source',
    },
    dmReview2023: {
        short: 'calcinosis in dermatomyositis review 2023 (PMC10269219)',
        citation: 'Review of calcinosis in dermatomyositis: early immunosuppression may prevent calcinosis in juvenile dermatomyositis; surgery preferred where feasible. PMC10269219.',
        url: 'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC10269219/',
        evidence: 'source',
    },
    share2017: {
        short: 'SHARE 2017 (JDM)',
        citation: 'Bellutti Enders F, Bader-Meunier B, Baildam E, et al. Consensus-based recommendations for the management of juvenile dermatomyositis. Ann Rheum Dis. 2017;76(2):329-340.',
        url: 'https://doi.org/10.1136/annrheumdis-2016-209247',
        evidence: 'source',
    },
    // ── Management by cause: hypercalcaemia, iatrogenic and idiopathic forms (clinical review 3) ──
    endocrineHcm2022: {
        short: 'Endocrine Society 2022, hypercalcaemia of malignancy',
        citation: 'El-Hajj Fuleihan G, Clines GA, Hu MI, et al. Treatment of Hypercalcemia of Malignancy in Adults: An Endocrine Society Clinical Practice Guideline. J Clin Endocrinol Metab. 2023;108(3):507-528. Recommendations 1 (IV bisphosphonate or denosumab), 3 (calcium above 14 mg/dL: add calcitonin, for 48-72 hours) and 5 (calcitriol-mediated: glucocorticoids first), as listed by the Endocrine Society.',
        url: 'https://endocrine.org/clinical-practice-guidelines/hypercalcemia',
        evidence: 'source',
    },
    medscapeMilkAlkali: {
        short: 'Medscape, milk-alkali syndrome',
        citation: 'Scofield RH. Milk-Alkali Syndrome Treatment & Management. Medscape Reference, article 123324 (updated Aug 2017): stop calcium carbonate; severe hypercalcaemia: admission, intravenous isotonic saline, loop diuretics only after volume is replaced; transient hypocalcaemia during treatment, more with bisphosphonates.',
        url: 'https://emedicine.medscape.com/article/123324-treatment',
        evidence: 'source',
    },
    marcinowska2018: {
        short: 'Marcinowska-Suchowierska 2018',
        citation: 'Marcinowska-Suchowierska E, Kupisz-Urbańska M, Łukaszkiewicz J, Płudowski P, Jones G. Vitamin D Toxicity - A Clinical Perspective. Front Endocrinol. 2018;9:550.',
        url: 'https://doi.org/10.3389/fendo.2018.00550',
        evidence: 'weak',
    },
    solak2016: {
        short: 'Solak 2016',
        citation: 'Solak B, Kara RO, Vargol E. Milia-like calcinosis cutis in a girl with Down syndrome. An Bras Dermatol. 2016;91(5):655-657.',
        url: 'https://doi.org/10.1590/abd1806-4841.20164560',
        evidence: 'source',
    },
    jang2011: {
        short: 'Jang 2011',
        citation: 'Jang EJ, Lee JH, Yoon JH. Milia-like idiopathic calcinosis cutis occurring in a toddler born as a premature baby. Ann Dermatol. 2011;23(4).',
        url: 'http://synapse.koreamed.org/articles/1045377',
        evidence: 'source',
    },
    dermnetScn: {
        short: 'DermNet, subepidermal calcified nodule',
        citation: 'Banks J, Coulson I. Subepidermal calcified nodule (Winer nodular calcinosis). DermNet (2023): managed expectantly if asymptomatic, or surgically excised.',
        url: 'https://dermnetnz.org/topics/subepidermal-calcified-nodule',
        evidence: 'source',
    },
    benFatma2014: {
        short: 'Ben Fatma 2014',
        citation: 'Ben Fatma L, El Ati Z, Azzouz H, et al. Subcutis calcinosis caused by injection of calcium-containing heparin in a chronic kidney injury patient. Saudi J Kidney Dis Transpl. 2014;25(5):1068-1071: nodules at the calcium nadroparin injection sites disappeared after the injections were stopped; outcome mostly favourable.',
        url: 'http://www.sjkdt.org/article.asp?issn=1319-2442;year=2014;volume=25;issue=5;spage=1068;epage=1071;aulast=Fatma',
        evidence: 'source',
    },
    adultExtravasation2011: {
        short: 'calcium extravasation in an adult, J Musculoskel Med 2011',
        citation: 'Managing calcium extravasation-related injuries. J Musculoskel Med. 2011;28:339-341: calcinosis after calcium chloride infusion in an adult improved spontaneously, without specific treatment (one case).',
        url: 'https://hcplive.com/view/managing-calcium-extravasationrelated-injuries',
        evidence: 'source',
    },

    // ── Laboratory reference ───────────────────────────────────────────────────────────
    statpearlsHypercalcemia: {
        short: 'StatPearls, Hypercalcemia',
        citation: 'Hypercalcemia. StatPearls [Internet]. Treasure Island (FL): StatPearls Publishing.',
        url: 'https://statpearls.com/point-of-care/23158',
        evidence: 'source',
    },
    statpearlsHypocalcemia: {
        short: 'StatPearls, Hypocalcemia',
        citation: 'Hypocalcemia. StatPearls [Internet]. Treasure Island (FL): StatPearls Publishing.',
        evidence: 'source',
    },
    statpearlsHypomagnesemia: {
        short: 'StatPearls, Hypomagnesemia',
        citation: 'Hypomagnesemia. StatPearls [Internet]. Treasure Island (FL): StatPearls Publishing.',
        url: 'https://statpearls.com/articlelibrary/viewarticle/23271',
        evidence: 'source',
    },
    msdHypercalcemia: {
        short: 'MSD Manual, Hypercalcemia',
        citation: 'Lewis JL III. Hypercalcemia. MSD Manual Professional Version. Reviewed/revised Sept 2023.',
        url: 'https://www.msdmanuals.com/professional/endocrine-and-metabolic-disorders/electrolyte-disorders/hypercalcemia',
        evidence: 'source',
    },
    pmc7276095: {
        short: 'PMC7276095, normal adult values',
        citation: 'Table 1, "Normal values in adults". Atherosclerosis. 2020;296:68-73. doi:10.1016/j.atherosclerosis.2020.01.008 (author manuscript PMC7276095).',
        url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7276095/table/T1',
        evidence: 'source',
    },
    medpageCalcium: {
        short: 'MedPage Today, serum calcium',
        citation: 'Serum calcium measurement. MedPage Today Lab Reference (last modified 9 July 2010): reference ranges by age.',
        url: 'https://www.medpagetoday.com/labs/Serum-calcium-measurement/LAB1289',
        evidence: 'source',
    },
    loughead1988: {
        short: 'Loughead 1988',
        citation: 'Serum ionized calcium concentrations in normal neonates. Am J Dis Child. 1988;142(5):516-518. doi:10.1001/archpedi.1988.02150050054030.',
        url: 'http://jamanetwork.com/journals/jamapediatrics/article-abstract/514027',
        evidence: 'source',
    },
    davisLab: {
        short: "Davis's Lab & Diagnostic Tests",
        citation: "Davis's Lab & Diagnostic Tests (F.A. Davis): 'Phosphorus, Blood' and 'Parathyroid Hormone', normal findings by age.",
        url: 'http://www.labdxtest.com/labdxtest/view/Davis-Lab-and-Diagnostic-Tests/425171/all/Phosphorus__Blood',
        evidence: 'source',
    },
    boer2010: {
        short: 'Boer 2010',
        citation: 'Boer DP, de Rijke YB, Hop WC, Cransberg K, Dorresteijn EM. Reference values for serum creatinine in children younger than 1 year of age. Pediatr Nephrol. 2010;25(10):2107-2113.',
        url: 'https://doi.org/10.1007/s00467-010-1533-y',
        evidence: 'source',
    },
    medlinePlusAlp: {
        short: 'MedlinePlus, ALP',
        citation: 'ALP - blood test. MedlinePlus Medical Encyclopedia, U.S. National Library of Medicine (normal range 44 to 147 IU/L in adults; higher in children).',
        url: 'https://medlineplus.gov/ency/article/003470.htm',
        evidence: 'weak',
    },
    criticalValueLists: {
        short: 'published critical-value lists',
        citation: 'Published laboratory critical (panic) value lists: Houston Methodist, Sunrise, WakeMed, University of Iowa and Starling laboratories, as collected in design/clinical-facts.md.',
        evidence: 'source',
    },

    // ── Kidney guidelines ──────────────────────────────────────────────────────────────
    kdoqi2003: {
        short: 'KDOQI 2003',
        citation: 'National Kidney Foundation. K/DOQI Clinical Practice Guidelines for Bone Metabolism and Disease in Chronic Kidney Disease. Am J Kidney Dis. 2003;42(4 Suppl 3):S1-S201.',
        evidence: 'weak',
    },
    norip: {
        short: 'NORIP, Rustad 2004',
        citation: 'Rustad P, Felding P, Franzson L, et al. The Nordic Reference Interval Project 2000: recommended reference intervals for 25 common biochemical properties. Scand J Clin Lab Invest. 2004;64(4):271-284. Creatinine values as published by Unilabs (unilabs.no).',
        url: 'https://doi.org/10.1080/00365510410006324',
        evidence: 'source',
    },
    questAlb: {
        short: 'Quest Diagnostics, albumin (test 35010)',
        citation: 'Quest Diagnostics Nichols Institute. Albumin, serum (test code 35010): reference ranges by age and sex. Directory of services.',
        url: 'https://jdos.nicholsinstitute.com/',
        evidence: 'source',
    },
    questCreat: {
        short: 'Quest Diagnostics, creatinine (test 164113)',
        citation: 'Quest Diagnostics Nichols Institute. Creatinine, serum (test code 164113): reference ranges by age and sex. Directory of services.',
        url: 'https://jdos.nicholsinstitute.com/',
        evidence: 'source',
    },
    kdoqiPaediatric2005: {
        short: 'KDOQI paediatric 2005',
        citation: 'National Kidney Foundation. K/DOQI Clinical Practice Guidelines for Bone Metabolism and Disease in Children With Chronic Kidney Disease. Am J Kidney Dis. 2005;46(4 Suppl 1):S1-S121. Guideline 7.',
        url: 'https://kidneyfoundation.cachefly.net/professionals/KDOQI/guidelines_pedbone/guide7.htm',
        evidence: 'source',
    },
    cockcroftGault1976: {
        short: 'Cockcroft & Gault 1976',
        citation: 'Cockcroft DW, Gault MH. Prediction of creatinine clearance from serum creatinine. Nephron. 1976;16(1):31-41.',
        url: 'https://doi.org/10.1159/000180580',
        evidence: 'source',
    },
    kdigo2012: {
        short: 'KDIGO 2012',
        citation: 'Kidney Disease: Improving Global Outcomes (KDIGO) CKD Work Group. KDIGO 2012 Clinical Practice Guideline for the Evaluation and Management of Chronic Kidney Disease. Kidney Int Suppl. 2013;3(1):1-150.',
        evidence: 'source',
    },

    // ── Codes and constants ────────────────────────────────────────────────────────────
    hl7LoincValueSets: {
        short: 'HL7 LOINC value sets',
        citation: 'LOINC codes as listed in HL7 FHIR and eHealth Connector laboratory value sets (LOINC, Regenstrief Institute).',
        url: 'https://loinc.org',
        evidence: 'source',
    },
    loincPublicMappings: {
        short: 'public LOINC mappings',
        citation: 'LOINC codes as used in public FHIR implementation guides and laboratory mappings; not checked against loinc.org itself.',
        url: 'https://loinc.org',
        evidence: 'weak',
    },
    ciaaw: {
        short: 'CIAAW atomic weights',
        citation: 'IUPAC Commission on Isotopic Abundances and Atomic Weights (CIAAW): standard atomic weights of calcium, phosphorus and magnesium.',
        url: 'https://www.ciaaw.org',
        evidence: 'weak',
    },
    pubchem: {
        short: 'PubChem',
        citation: 'PubChem compound records (National Center for Biotechnology Information): molecular weights of creatinine (113.12) and calcifediol (400.64).',
        url: 'https://pubchem.ncbi.nlm.nih.gov/compound/creatinine',
        evidence: 'weak',
    },

    // ── Drug labels (US prescribing information) ───────────────────────────────────────
    labelEtidronate: {
        short: 'etidronate label',
        citation: 'Etidronate disodium tablets (Didronel), US prescribing information: Dosage and Administration.',
        evidence: 'weak',
    },
    labelPamidronate: {
        short: 'pamidronate label',
        citation: 'Pamidronate disodium injection, US prescribing information: Dosage and Administration.',
        url: 'https://api.fda.gov/drug/label.json?search=set_id%3A%22c2ca033e-fa5f-4141-b702-11f8b4303da1%22',
        evidence: 'weak',
    },
    labelAlendronate: {
        short: 'alendronate label',
        citation: 'Alendronate sodium tablets (Fosamax), US prescribing information: Dosage and Administration.',
        url: 'https://api.fda.gov/drug/label.json?search=set_id%3A%2214e931fd-2c5f-4d90-b7db-5980706f4a56%22',
        evidence: 'weak',
    },
    labelCeftriaxone: {
        short: 'ceftriaxone label',
        citation: 'Ceftriaxone for injection (Rocephin), US prescribing information: Dosage and Administration; Contraindications: hyperbilirubinaemic neonates, and neonates of 28 days and younger who require (or are expected to require) calcium-containing intravenous solutions, parenteral nutrition included (fatal ceftriaxone-calcium precipitates in lungs and kidneys).',
        url: 'https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22ceftriaxone%22',
        evidence: 'source',
    },
    labelCalcitriol: {
        short: 'calcitriol label',
        citation: 'Calcitriol oral solution, US prescribing information: Description (calculated molecular weight 416.65).',
        url: 'https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22calcitriol%22',
        evidence: 'source',
    },

    // ── Ourselves ──────────────────────────────────────────────────────────────────────
    hipaaSafeHarbor: {
        short: 'HIPAA Safe Harbor',
        citation: 'U.S. Department of Health and Human Services. 45 CFR 164.514(b)(2): the Safe Harbor method of de-identification, its 18 identifiers.',
        url: 'https://www.hhs.gov/hipaa/for-professionals/privacy/special-topics/de-identification/index.html',
        evidence: 'source',
    },
    gagnier2013: {
        short: 'CARE, Gagnier 2013',
        citation: 'Gagnier JJ, Kienle G, Altman DG, Moher D, Sox H, Riley D; CARE Group. The CARE guidelines: consensus-based clinical case reporting guideline development. BMJ Case Rep. 2013;2013:bcr2013201554.',
        url: 'https://www.care-statement.org/checklist',
        evidence: 'source',
    },
    // ── Treatment: regimens, routes and cautions (management.md §2, §3, §8) ────────────
    hl7RouteCodes: {
        short: 'FHIR R4 route-codes',
        citation: 'HL7 FHIR R4. ValueSet SNOMEDCTRouteCodes (http://hl7.org/fhir/ValueSet/route-codes): SNOMED CT concepts under 284009009 Route of administration values.',
        url: 'https://hl7.org/fhir/R4/valueset-route-codes.html',
        evidence: 'source',
    },
    mosteller1987: {
        short: 'Mosteller 1987',
        citation: 'Mosteller RD. Simplified calculation of body-surface area. N Engl J Med. 1987;317(17):1098.',
        url: 'https://doi.org/10.1056/NEJM198710223171717',
        evidence: 'source',
    },
    edren: {
        short: 'Edinburgh Renal Unit handbook',
        citation: 'Edinburgh Renal Unit (edren.org). Calciphylaxis: sodium thiosulfate 12.5-25 g intravenously in the last 30-60 minutes of each haemodialysis session.',
        url: 'https://edren.org/',
        evidence: 'source',
    },
    hundemer2016: {
        short: 'Hundemer 2016',
        citation: 'Hundemer GL, Fenves AZ, Phillips KM, Emmett M. Sodium thiosulfate and the anion gap in patients treated by hemodialysis. Am J Kidney Dis. 2016 (letter): sodium thiosulfate contains 12.7 mEq/g of sodium; an elevated anion gap, variable, often severe and dose-related, in haemodialysis patients treated for calciphylaxis.',
        evidence: 'source',
    },
    medscapeCalciphylaxis: {
        short: 'Medscape, calciphylaxis',
        citation: 'Medscape Reference 1095481. Calciphylaxis: treatment and management.',
        url: 'https://emedicine.medscape.com/article/1095481-treatment',
        evidence: 'source',
    },
    gossett2023: {
        short: 'Gossett 2023',
        citation: 'Gossett C, et al. Sodium thiosulfate for calciphylaxis in peritoneal dialysis. Medicina (Kaunas). 2023;59(7):1306.',
        evidence: 'source',
    },
    garzaMayers2018: {
        short: 'Garza-Mayers 2018',
        citation: 'Garza-Mayers AC, Shah R, Sykes DB, Nigwekar SU, Kroshinsky D. The successful use of apixaban in dialysis patients with calciphylaxis who require anticoagulation. Am J Nephrol. 2018;48:168-71.',
        evidence: 'source',
    },
    mathur2001: {
        short: 'Mathur 2001',
        citation: 'Mathur RV, et al. Calciphylaxis. Postgrad Med J. 2001;77:557-61.',
        evidence: 'source',
    },
    girotto2001: {
        short: 'Girotto 2001',
        citation: 'Girotto JA, Harmon JW, Ratner LE, Nicol TL, Wong L, Chen H. Parathyroidectomy promotes wound healing and prolongs survival in patients with calciphylaxis from secondary hyperparathyroidism. Surgery. 2001;130(4):645-50.',
        evidence: 'source',
    },
    hbo2015: {
        short: 'HBO in calciphylaxis 2015',
        citation: 'Hyperbaric oxygen therapy for calciphylaxis: 34 patients, 58% healed. Nephrology (Carlton). 2015;20(7):444-50.',
        evidence: 'source',
    },
    kdoqiGuide5: {
        short: 'KDOQI 2003, guideline 5',
        citation: 'National Kidney Foundation. K/DOQI Clinical Practice Guidelines for Bone Metabolism and Disease in CKD, Guideline 5: Use of phosphate binders in CKD (5.5-5.8: calcium-based binders, elemental calcium limits, aluminium binders).',
        url: 'https://kidneyfoundation.cachefly.net/professionals/KDOQI/guidelines_bone/guide5.htm',
        evidence: 'source',
    },
    kdoqiGuide6: {
        short: 'KDOQI 2003, guideline 6',
        citation: 'National Kidney Foundation. K/DOQI Clinical Practice Guidelines for Bone Metabolism and Disease in CKD, Guideline 6: Serum calcium and calcium-phosphorus product.',
        url: 'https://kidneyfoundation.cachefly.net/professionals/KDOQI/guidelines_bone/guide6.htm',
        evidence: 'source',
    },
    kdigo2009: {
        short: 'KDIGO CKD-MBD 2009',
        citation: 'KDIGO clinical practice guideline for the diagnosis, evaluation, prevention, and treatment of CKD-MBD (2009), recommendations 4.1.x, tabulated in Int J Nephrol. 2011:970245.',
        evidence: 'source',
    },
    labelCinacalcet: {
        short: 'cinacalcet label',
        citation: 'Cinacalcet (Sensipar) prescribing information, as reproduced: secondary HPT on dialysis 30 mg once daily, titrated every 2-4 weeks to 60, 90, 120, 180 mg; not indicated in CKD not on dialysis; do not start below a calcium of 8.4 mg/dL.',
        evidence: 'source',
    },
    cinacalcetPaediatric: {
        short: 'cinacalcet labels, children (recalled)',
        citation: 'Sensipar (cinacalcet) US prescribing information, section 8.4 (safety and effectiveness in pediatric patients not established; a fatal case of severe hypocalcaemia in a paediatric clinical trial); Mimpara EU SmPC, section 4.2 (children from 3 years with secondary hyperparathyroidism on dialysis: starting dose at most 0.20 mg/kg once daily, by dry weight). Recalled from the labels: the paediatric sections were not read here.',
        evidence: 'weak',
    },
    drugsSevelamer: {
        short: 'sevelamer label (drugs.com)',
        citation: 'Sevelamer carbonate / hydrochloride prescribing information (drugs.com): 800 or 1600 mg three times daily with meals; titrate by 800 mg per meal every 2 weeks; safety in children not established.',
        url: 'https://www.drugs.com/pro/sevelamer.html',
        evidence: 'source',
    },
    labelLanthanum: {
        short: 'lanthanum label',
        citation: 'Lanthanum carbonate (Fosrenol) prescribing information (drugs.com): 1500 mg/day in divided doses with meals, titrated by 750 mg/day every 2-3 weeks; usual 1500-3000 mg/day; doses up to 4500 mg/day studied.',
        url: 'https://www.drugs.com/pro/fosrenol.html',
        evidence: 'source',
    },
    dailymedCaAcetate: {
        short: 'calcium acetate label',
        citation: 'Calcium acetate 667 mg capsules (169 mg elemental calcium), DailyMed: 2 capsules with each meal, usually 3-4 per meal; contraindicated in hypercalcaemia.',
        url: 'https://dailymed.nlm.nih.gov/',
        evidence: 'source',
    },
    medscapeRisedronate: {
        short: 'Medscape, risedronate',
        citation: 'Medscape Reference 342835. Risedronate: 5 mg daily, 35 mg weekly, 150 mg monthly; Paget 30 mg daily for 2 months; not recommended with CrCl < 30 mL/min.',
        url: 'https://reference.medscape.com/drug/actonel-atelvia-risedronate-342835',
        evidence: 'source',
    },
    mhraZoledronicRenal2010: {
        short: 'MHRA 2010, zoledronic acid and the kidney',
        citation: 'MHRA Drug Safety Update (April 2010). Intravenous zoledronic acid: adverse effects on renal function: measure renal function before each dose and hydrate before treatment; use in severe renal impairment is generally not recommended, but may be considered for tumour-induced hypercalcaemia if the benefits outweigh the risks.',
        url: 'https://www.gov.uk/drug-safety-update/intravenous-zoledronic-acid-adverse-effects-on-renal-function',
        evidence: 'source',
    },
    smpcApixabanRenal: {
        short: 'Eliquis SmPC (UK), renal and hepatic',
        citation: 'Eliquis (apixaban), UK HCP page "Renal and hepatic impairment", citing the SmPC: in non-valvular atrial fibrillation with severe renal impairment (CrCl 15-29 mL/min) patients should receive the lower dose, 2.5 mg twice daily (DVT/PE: use with caution); not recommended below 15 mL/min or on dialysis; mild or moderate hepatic impairment (Child-Pugh A or B): use with caution, no dose adjustment; severe: not recommended; hepatic disease with coagulopathy and clinically relevant bleeding risk: contraindicated.',
        url: 'https://www.eliquis.co.uk/hcp/dosing-and-switching/renal-and-hepatic-impairment',
        evidence: 'source',
    },
    labelXgeva: {
        short: 'Xgeva label',
        citation: 'XGEVA (denosumab 120 mg), US prescribing information: 1.3 hypercalcaemia of malignancy refractory to bisphosphonate therapy (as read in a biosimilar\'s label on openFDA); severe hypocalcaemia, with a greater risk at a creatinine clearance below 30 mL/min or on dialysis, and more frequent calcium monitoring with other drugs that lower calcium (as recalled).',
        url: 'https://api.fda.gov/drug/label.json?search=set_id%3A%22628f0998-1206-4001-aeee-18133aa9f3bf%22',
        evidence: 'weak',
    },
    terkeltaub2011: {
        short: 'Terkeltaub 2011',
        citation: 'Terkeltaub RA, Furst DE, DiGiacinto JL, Kook KA, Davis MW. Novel evidence-based colchicine dose-reduction algorithm to predict and prevent colchicine toxicity in the presence of cytochrome P450 3A4/P-glycoprotein inhibitors. Arthritis Rheum. 2011;63(8):2226-37 (abstract, as read): dose reductions of 33-66% for acute gout and 50-75% for prophylaxis calculated with diltiazem ER and verapamil ER.',
        evidence: 'source',
    },
    ehj2021ColchicineTable: {
        short: 'Eur Heart J 2021, colchicine interactions',
        citation: 'Colchicine in cardiovascular disease, Eur Heart J 2021 (ehab221), Table 1 (PMC8294843): diltiazem and verapamil among mild CYP3A4/P-gp inhibitors, colchicine up to 1.0 mg daily without adjustment with normal renal or liver function. Authors not checked.',
        url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8294843/table/ehab221-T1',
        evidence: 'weak',
    },
    mhraZoledronate: {
        short: 'MHRA, zoledronic acid',
        citation: 'MHRA Drug Safety Update. Zoledronic acid: renal impairment — contraindicated with CrCl < 35 mL/min (5 mg, Aclasta); dose reduced for CrCl 30-60 mL/min (4 mg, oncology).',
        url: 'https://www.gov.uk/drug-safety-update',
        evidence: 'source',
    },
    cafardi2015: {
        short: 'Cafardi 2015',
        citation: 'Cafardi J, et al. Intravenous immunoglobulin for calcinosis in dermatomyositis. Open Rheumatol J. 2015;9:77-81.',
        evidence: 'source',
    },
    daoussis2012: {
        short: 'Daoussis 2012',
        citation: 'Daoussis D, et al. Rituximab and calcinosis in systemic sclerosis. Semin Arthritis Rheum. 2012;41(6):822-9.',
        evidence: 'source',
    },
    narvaez2019: {
        short: 'Narváez 2019',
        citation: 'Narváez J, et al. Rituximab for calcinosis cutis in connective tissue diseases. Autoimmun Rev. 2019;18(3):262-9.',
        evidence: 'source',
    },
    abramowicz2015: {
        short: 'Abramowicz 2015',
        citation: 'Abramowicz S, et al. Cyclic intravenous pamidronate (3-day courses) for calcinosis in juvenile dermatomyositis. Bone Abstracts. 2015;4:P104.',
        evidence: 'source',
    },
    aao2016: {
        short: 'AAO 2016 (hydroxychloroquine)',
        citation: 'Marmor MF, et al. Recommendations on screening for chloroquine and hydroxychloroquine retinopathy (2016 revision). Ophthalmology. 2016;123:1386-94.',
        evidence: 'source',
    },
    mmfLabel: {
        short: 'mycophenolate label',
        citation: 'Mycophenolate mofetil prescribing information (medlibrary.org): embryo-fetal toxicity — first-trimester pregnancy loss and congenital malformations; contraindicated in pregnancy (REMS).',
        evidence: 'source',
    },
    ilSts2021: {
        short: 'Intralesional STS 2021',
        citation: 'Intralesional sodium thiosulfate (150-250 mg/mL) for calcinosis cutis in connective tissue disease. Clin Rheumatol. 2021;40(7):2985-9.',
        evidence: 'source',
    },
    bair2011: {
        short: 'Bair 2011',
        citation: 'Bair B, Fivenson D. A novel treatment for ulcerative calcinosis cutis: topical 25% sodium thiosulfate. J Drugs Dermatol. 2011;10(9):1042-4.',
        evidence: 'source',
    },
    labelProbenecid: {
        short: 'probenecid label (drugs.com)',
        citation: 'Probenecid prescribing information (drugs.com): 250 mg twice daily for a week, then 500 mg twice daily, raised by 500 mg every 4 weeks to at most 2 g/day; children 2-14 years 25 mg/kg, then 40 mg/kg/day in 4 doses; contraindicated below 2 years; likely ineffective with a GFR of 30 mL/min or less.',
        url: 'https://www.drugs.com/pro/probenecid.html',
        evidence: 'source',
    },
    labelColchicine: {
        short: 'colchicine label (GlobalRPh)',
        citation: 'Colchicine prescribing information (globalrph.com): gout prophylaxis 0.6 mg once or twice daily (at most 1.2 mg/day); with a creatinine clearance below 30 mL/min start at 0.3 mg/day; on dialysis 0.3 mg twice a week.',
        url: 'https://globalrph.com/',
        evidence: 'source',
    },
    labelApixaban: {
        short: 'Eliquis (apixaban) label',
        citation: 'ELIQUIS (apixaban) tablets, US prescribing information, Bristol-Myers Squibb (revised 2025): Dosage and Administration 2.2 and 2.7 — 5 mg twice daily in nonvalvular atrial fibrillation, 2.5 mg twice daily with two of age ≥ 80 years, weight ≤ 60 kg, creatinine ≥ 1.5 mg/dL; in end-stage kidney disease on dialysis 5 mg twice daily, 2.5 mg twice daily if age ≥ 80 years or weight ≤ 60 kg; DVT/PE 10 mg twice daily for 7 days, then 5 mg twice daily, 2.5 mg twice daily after 6 months; 2.5 mg twice daily after hip or knee replacement. Warnings and Precautions: prosthetic heart valves (use not recommended); bleeding risk raised by concomitant drugs affecting haemostasis, other anticoagulants among them (5.2, 7.3); switching from warfarin: stop warfarin and start apixaban when the INR is below 2.0 (2.4).',
        url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=a454cd24-0c6d-46e8-b1e4-197388606175',
        evidence: 'source',
    },
    labelWarfarin: {
        short: 'warfarin label',
        citation: 'Warfarin sodium tablets (Coumadin and generics), US prescribing information: Dosage — start at 2-5 mg per day, most patients maintained on 2-10 mg daily, adjusted to the INR; Contraindications — pregnancy, except in pregnant women with mechanical heart valves at high risk of thromboembolism; Warnings — calciphylaxis.',
        url: 'https://api.fda.gov/drug/label.json?search=set_id%3A%224f276251-49b7-438f-9c47-f1cdfc47e519%22',
        evidence: 'source',
    },
    labelZoledronic: {
        short: 'zoledronic acid labels (Zometa, Reclast)',
        citation: 'Zoledronic acid injection, US prescribing information: Zometa 4 mg over at least 15 minutes every 3-4 weeks (myeloma, bone metastases), 4 mg once for hypercalcaemia of malignancy (retreat after at least 7 days); Reclast 5 mg once yearly (osteoporosis), 5 mg once (Paget\'s disease). Figures as summarised in drug references (Skyscape RxDrugs), the labels not re-read here.',
        url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=zoledronic+acid',
        evidence: 'weak',
    },
    ascoCco2017: {
        short: 'ASCO–CCO 2017',
        citation: 'Dhesy-Thind S, Fletcher GG, Blanchette PS, et al. Use of Adjuvant Bisphosphonates and Other Bone-Modifying Agents in Breast Cancer: A Cancer Care Ontario and American Society of Clinical Oncology Clinical Practice Guideline. J Clin Oncol. 2017;35(18):2062-2081. Read: the abstract — zoledronic acid 4 mg intravenously every 6 months (or clodronate 1,600 mg/day orally) to be considered as adjuvant therapy for postmenopausal patients (natural menopause or ovarian suppression) who are candidates for adjuvant systemic therapy; further research on doses, intervals and durations is required. The full text (its qualifying statements) not read.',
        url: 'https://doi.org/10.1200/JCO.2016.70.7257',
        evidence: 'source',
    },
    ebctcg2015: {
        short: 'EBCTCG 2015',
        citation: "Early Breast Cancer Trialists' Collaborative Group (EBCTCG). Adjuvant bisphosphonate treatment in early breast cancer: meta-analyses of individual patient data from randomised trials. Lancet. 2015;386(10001):1353-1361. Read: the summary — 18,766 women, 97% in trials of 2-5 years of bisphosphonate; no apparent effect in premenopausal women; in 11,767 postmenopausal women fewer recurrences, bone recurrences and breast cancer deaths.",
        url: 'https://doi.org/10.1016/S0140-6736(15)60908-4',
        evidence: 'source',
    },
    labelPrednisone: {
        short: 'prednisone label',
        citation: 'Prednisone tablets, US prescribing information: Dosage and Administration — the initial dosage may vary from 5 mg to 60 mg per day depending on the disease; individualise, then reduce to the lowest effective dose. As quoted in secondary accounts.',
        url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=prednisone+tablets',
        evidence: 'weak',
    },
    labelZoledronicInfusion: {
        short: 'zoledronic acid labels, infusion time',
        citation: 'Zoledronic acid injection, US prescribing information, 2 Dosage and Administration: infusion given intravenously over no less than 15 minutes (read in the openFDA label text); Zometa, 5.3 renal toxicity: single doses should not exceed 4 mg and the infusion should last no less than 15 minutes, as shorter infusions raised the risk of renal deterioration (recalled, not read here).',
        url: 'https://api.fda.gov/drug/label.json?search=set_id%3A%22c8e02635-4473-8ba2-248f-ced58dbeabce%22',
        evidence: 'weak',
    },
    pamidronateInfusion: {
        short: 'pamidronate, infusion time (drug references)',
        citation: 'Pamidronate disodium, drug monographs quoting the US label (UpToDate drug information; Medscape): 90 mg over at least 2 hours every 3-4 weeks in bone metastases, 60-90 mg over 2-24 hours in hypercalcaemia of malignancy, 30 mg over 4 hours in Paget\'s disease; longer infusions (over 2 hours) may lower the risk of renal toxicity, especially with pre-existing renal insufficiency (secondary sources read; the label itself not read here).',
        url: 'https://reference.medscape.com/drug/aredia-pamidronate-342828',
        evidence: 'weak',
    },
    labelReclast: {
        short: 'Reclast (zoledronic acid 5 mg) label',
        citation: 'RECLAST (zoledronic acid) injection 5 mg/100 mL, US prescribing information, Novartis: Contraindications 4 — creatinine clearance less than 35 mL/min and evidence of acute renal impairment; Warnings 5.3, renal toxicity.',
        url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=reclast',
        evidence: 'source',
    },
    labelRocaltrol: {
        short: 'calcitriol (Rocaltrol) label',
        citation: 'ROCALTROL (calcitriol) capsules and oral solution, US prescribing information: Contraindications — hypercalcaemia or evidence of vitamin D toxicity; stop it if hypercalcaemia develops, until the calcium is normal.',
        url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=calcitriol',
        evidence: 'weak',
    },
    smpcDiltiazem: {
        short: 'diltiazem SmPCs (Italy, Switzerland)',
        citation: 'Diltiazem product information in Europe: Diltiazem ratiopharm 60 mg (Italy), sections 4.3 and 4.6 — contraindicated in pregnancy (reproductive toxicity in animals; two cardiovascular defects after first-trimester exposure), pregnancy to be excluded in women of child-bearing potential; Diltiazem-Mepha (Switzerland) — not to be taken in pregnancy. Other SmPCs (UK Tildiem) list lactation, not pregnancy, among the contraindications.',
        url: 'https://www.starbene.it/farmaci/diltiazem-rat-50cpr-60mg_033175011/gravidanza-e-allattamento',
        evidence: 'source',
    },
    labelDiltiazem: {
        short: 'diltiazem US label',
        citation: 'Diltiazem hydrochloride (Cardizem), US prescribing information, Use in pregnancy: embryo-fetal lethality and abnormalities in animals; no adequate studies in pregnant women; use only if the potential benefit justifies the potential risk to the fetus.',
        url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=diltiazem',
        evidence: 'weak',
    },
    labelMethotrexateOlder: {
        short: 'methotrexate label (before 2020)',
        citation: 'Methotrexate tablets, US prescribing information before the 2020 revision, Contraindications: patients with psoriasis or rheumatoid arthritis with alcoholism, alcoholic liver disease or other chronic liver disease should not receive methotrexate. The May 2020 revision (Contraindications 4) keeps pregnancy (non-neoplastic disease) and severe hypersensitivity, with hepatotoxicity among the warnings.',
        url: 'https://api.fda.gov/drug/label.json?search=set_id%3A%224992fdaa-b880-ee25-e063-6394a90af03b%22',
        evidence: 'weak',
    },
    spsMethotrexateAlcohol: {
        short: 'UKMi Q&A, methotrexate and alcohol',
        citation: 'Specialist Pharmacy Service (UK Medicines Information). Should patients drink alcohol whilst taking long-term low-dose methotrexate? Manufacturers contraindicate methotrexate in alcoholism or significantly impaired liver function; the British Society for Rheumatology advises it may still be an option for some patients, even with cirrhosis.',
        url: 'https://www.sps.nhs.uk/articles/can-patients-drink-alcohol-whilst-taking-long-term-low-dose-methotrexate/',
        evidence: 'source',
    },
    labelIbuprofen: {
        short: 'ibuprofen tablets label',
        citation: 'Ibuprofen tablets 400, 600, 800 mg, US prescribing information: rheumatoid arthritis and osteoarthritis 1200-3200 mg daily (300 mg four times, or 400, 600 or 800 mg three or four times a day); mild to moderate pain 400 mg every 4 to 6 hours; do not exceed 3200 mg a day.',
        url: 'https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22ibuprofen%22',
        evidence: 'weak',
    },
    labelNaproxen: {
        short: 'naproxen (Naprosyn) label',
        citation: 'NAPROSYN (naproxen) tablets, US prescribing information: rheumatoid arthritis, osteoarthritis, ankylosing spondylitis 250-500 mg twice daily; up to 1500 mg a day for limited periods.',
        url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=naproxen',
        evidence: 'weak',
    },
    labelDiclofenac: {
        short: 'diclofenac (Voltaren) label',
        citation: 'Diclofenac sodium delayed-release tablets (Voltaren), US prescribing information: osteoarthritis 100-150 mg a day in divided doses (50 mg two or three times a day); rheumatoid arthritis 150-200 mg a day (50 mg three or four times a day).',
        url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=diclofenac',
        evidence: 'weak',
    },
    labelMethotrexate: {
        short: 'methotrexate tablets label',
        citation: 'Methotrexate tablets, US prescribing information (DailyMed, updated February 2025): Boxed Warning and Contraindications — embryo-fetal toxicity, including fetal death; contraindicated in pregnancy for non-neoplastic diseases.',
        url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=2f20d43e-a4b3-a839-e063-6394a90ace38',
        evidence: 'source',
    },
    labelCellcept: {
        short: 'CellCept (mycophenolate) label',
        citation: 'CELLCEPT (mycophenolate mofetil), US prescribing information, Genentech: Dosage — 1 g twice daily (kidney), 1.5 g twice daily (heart, liver); children 600 mg/m² twice daily, at most 2 g a day; Boxed Warning, embryofetal toxicity — first-trimester pregnancy loss and congenital malformations; avoid in pregnancy if safer options exist; Mycophenolate REMS. (Contraindications in the US label: hypersensitivity only; the EU SmPC contraindicates it in pregnancy unless there is no suitable alternative.)',
        url: 'https://www.gene.com/medical-professionals/medicines/cellcept',
        evidence: 'source',
    },
    uktisBisphosphonates: {
        short: 'UKTIS, bisphosphonates in pregnancy',
        citation: 'UK Teratology Information Service. Use of bisphosphonates in pregnancy (version 4.1, December 2022): terminal half-life up to 10 years (incorporated into bone), animal embryofetal toxicity, human data insufficient to assess the risk; not usually recommended in pregnancy.',
        url: 'https://uktis.org/monographs/use-of-bisphosphonates-in-pregnancy/',
        evidence: 'source',
    },
    lactmedMethotrexate: {
        short: 'LactMed, methotrexate',
        citation: 'Drugs and Lactation Database (LactMed), Methotrexate (revised December 2023): breastfeeding contraindicated during high-dose antineoplastic therapy; low weekly doses (rheumatoid arthritis) give low milk levels and are considered of low risk by some authors, while others advise against; withholding breastfeeding 24 hours after a weekly dose lowers the infant dose.',
        url: 'https://www.ncbi.nlm.nih.gov/books/n/lactmed/LM466/',
        evidence: 'source',
    },
    labelTetracyclines: {
        short: 'tetracycline-class labelling',
        citation: 'Tetracycline-class antibiotics (minocycline), US prescribing information, Warnings: use during tooth development (the second half of pregnancy, infancy and childhood to 8 years) can cause permanent discoloration of the teeth; tetracyclines cross the placenta and may cause fetal harm. As summarised by Pregistry and MotherToBaby; the label not re-read here.',
        url: 'https://www.pregistry.com/report/?title=Tetracyclines',
        evidence: 'weak',
    },
    labelPedmark: {
        short: 'Pedmark (sodium thiosulfate) label',
        citation: 'PEDMARK (sodium thiosulfate injection) 12.5 g/100 mL, US prescribing information, Fennec: Warnings and Precautions — hypernatraemia and hypokalaemia; check serum sodium before each dose, do not start with a sodium above 145 mmol/L.',
        url: 'https://api.fda.gov/drug/label.json?search=set_id%3A%22f98c7076-2a7b-4fd7-ab90-eed5e9137bae%22',
        evidence: 'weak',
    },
    easl2018Cirrhosis: {
        short: 'EASL 2018 (decompensated cirrhosis)',
        citation: 'European Association for the Study of the Liver. EASL Clinical Practice Guidelines for the management of patients with decompensated cirrhosis. J Hepatol. 2018;69(2):406-460: NSAIDs should not be used in patients with ascites (sodium retention, hyponatraemia, acute kidney injury).',
        url: 'https://doi.org/10.1016/j.jhep.2018.03.024',
        evidence: 'source',
    },
    esmo2018Pain: {
        short: 'ESMO 2018 (cancer pain)',
        citation: 'Fallon M, et al. Management of cancer pain in adult patients: ESMO Clinical Practice Guidelines. Ann Oncol. 2018;29(Suppl 4):iv166-iv191: in CKD stages 4-5 (GFR below 30 mL/min) avoid morphine, whose glucuronides accumulate; fentanyl and buprenorphine are the safest opioids there, at low doses.',
        url: 'https://doi.org/10.1093/annonc/mdy152',
        evidence: 'weak',
    },
    dean2004: {
        short: 'Dean 2004',
        citation: 'Dean M. Opioids in renal failure and dialysis patients. J Pain Symptom Manage. 2004;28(5):497-504: morphine-3- and morphine-6-glucuronide accumulate in renal failure (sedation, respiratory depression, myoclonus); fentanyl has no active metabolites.',
        url: 'https://doi.org/10.1016/j.jpainsymman.2004.02.021',
        evidence: 'weak',
    },
    labelGabapentin: {
        short: 'gabapentin label',
        citation: 'NEURONTIN (gabapentin), US prescribing information, 2.4 Dosage adjustment in renal impairment: total daily dose by creatinine clearance — at least 60 mL/min 900-3600 mg; 30-59 mL/min 400-1400 mg (in two doses); 15-29 mL/min 200-700 mg (once daily); below 15 mL/min 100-300 mg (once daily); on haemodialysis a supplemental dose of 125-350 mg after each 4-hour session.',
        url: 'https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22gabapentin%22',
        evidence: 'weak',
    },
    labelZometa: {
        short: 'Zometa label',
        citation: 'ZOMETA (zoledronic acid) injection 4 mg, US prescribing information: 2.1 hypercalcaemia of malignancy, 4 mg as a single infusion, no dose adjustment with mild to moderate renal impairment (serum creatinine below 4.5 mg/dL); 2.2 multiple myeloma and bone metastases, 4 mg every 3-4 weeks, reduced to 3.5, 3.3 and 3.0 mg at a creatinine clearance of 50-60, 40-49 and 30-39 mL/min. Limitation of use: not established in hyperparathyroidism or hypercalcaemia not related to a tumour. 5.1, drugs with the same active ingredient or in the same drug class: patients treated with Zometa should not be treated with Reclast or other bisphosphonates; 5.3 renal toxicity, 5.5 hypocalcaemia (the renal dose table read in a verbatim copy of the label; 5.1 as a drug reference restates it, the label\'s sentence not read).',
        url: 'https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22zoledronic+acid%22',
        evidence: 'weak',
    },
    labelMetformin: {
        short: 'metformin label',
        citation: 'Metformin hydrochloride tablets, US prescribing information (FDA revision of 2016), 2.3 and 4: contraindicated with an eGFR below 30 mL/min/1.73 m²; starting it with an eGFR of 30-45 is not recommended, and continuing it there is weighed; stop it at or before iodinated contrast with an eGFR of 30-60.',
        url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5533243/table/t3',
        evidence: 'source',
    },
    labelEnoxaparin: {
        short: 'enoxaparin label',
        citation: 'LOVENOX (enoxaparin sodium), US prescribing information, 2.2: prophylaxis 40 mg subcutaneously once daily (abdominal surgery, acutely ill medical patients, hip replacement) or 30 mg every 12 hours (knee or hip replacement); treatment of deep vein thrombosis 1 mg/kg every 12 hours, or 1.5 mg/kg once daily in inpatients; 2.4 and 8.6: with a creatinine clearance below 30 mL/min, 30 mg subcutaneously once daily for prophylaxis and 1 mg/kg once daily for treatment; not studied on dialysis (40 mg once daily read on the manufacturer\'s site; the renal doses agree in secondary sources, the label\'s renal table not read).',
        url: 'https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22enoxaparin%22',
        evidence: 'weak',
    },
    labelHeparin: {
        short: 'heparin label',
        citation: 'Heparin sodium injection, US prescribing information, 1 and 2: prophylaxis and treatment of venous thrombosis, and anticoagulation of dialysis and extracorporeal circuits; low-dose prophylaxis 5,000 units subcutaneously every 8-12 hours; treatment by continuous intravenous infusion, 20,000-40,000 units a day after a 5,000-unit bolus, or subcutaneously, 8,000-10,000 units every 8 hours or 15,000-20,000 units every 12 hours, adjusted to the aPTT (the dose table read in a verbatim copy of the label).',
        url: 'https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22Heparin+Sodium%22',
        evidence: 'source',
    },
    labelTramadol: {
        short: 'tramadol label',
        citation: 'ULTRAM (tramadol hydrochloride tablets), US prescribing information, 2.5: with a creatinine clearance below 30 mL/min, every 12 hours to at most 200 mg a day; the extended-release tablets are not to be used there.',
        url: 'https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22tramadol%22',
        evidence: 'weak',
    },
    labelEtelcalcetide: {
        short: 'etelcalcetide label',
        citation: 'PARSABIV (etelcalcetide) injection, US prescribing information, 1: secondary hyperparathyroidism in adults with chronic kidney disease on haemodialysis; not studied in patients with parathyroid carcinoma, primary hyperparathyroidism, or chronic kidney disease not on haemodialysis. 2.1: 5 mg intravenously three times a week at the end of haemodialysis (2.5-15 mg).',
        url: 'https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22etelcalcetide%22',
        evidence: 'weak',
    },
    labelProlia: {
        short: 'denosumab label',
        citation: 'PROLIA (denosumab), US prescribing information, boxed warning (2024): patients with advanced chronic kidney disease (eGFR below 30 mL/min/1.73 m²), dialysis included, are at greater risk of severe hypocalcaemia, with fatal cases; CKD-MBD raises the risk; evaluate for it before starting, under a provider experienced in it, with calcium and vitamin D and frequent calcium checks.',
        url: 'https://api.fda.gov/drug/label.json?search=openfda.brand_name%3A%22PROLIA%22',
        evidence: 'source',
    },
    elkayam1999: {
        short: 'Elkayam 1999',
        citation: 'Elkayam O, Yaron M, Caspi D. Minocycline-induced autoimmune syndromes: an overview. Semin Arthritis Rheum. 1999;28(6):392-397: drug-induced lupus, autoimmune hepatitis and vasculitis on minocycline.',
        url: 'https://doi.org/10.1016/S0049-0172(99)80005-6',
        evidence: 'weak',
    },
    holick2011: {
        short: 'Endocrine Society 2011 (vitamin D)',
        citation: 'Holick MF, Binkley NC, Bischoff-Ferrari HA, et al. Evaluation, treatment, and prevention of vitamin D deficiency: an Endocrine Society clinical practice guideline. J Clin Endocrinol Metab. 2011;96(7):1911-1930: deficiency treated with 2,000 IU daily or 50,000 IU weekly for 6 weeks in children (then 400-1,000 IU daily), 6,000 IU daily or 50,000 IU weekly for 8 weeks in adults (then 1,500-2,000 IU daily). Upper limits: the IOM\'s tolerable upper intakes for maintenance, but up to 2,000 IU a day at 0-1 year, 4,000 IU at 1-18 years and 10,000 IU from 19 years may be needed to correct deficiency.',
        url: 'https://doi.org/10.1210/jc.2011-0385',
        evidence: 'weak',
    },
    iom2011VitaminD: {
        short: 'IOM 2011 (calcium and vitamin D)',
        citation: 'Institute of Medicine. Dietary Reference Intakes for Calcium and Vitamin D. Washington, DC: The National Academies Press; 2011, chapter 6: tolerable upper intake levels of vitamin D, 1,000 IU/day at 0-6 months, 1,500 IU at 6-12 months, 2,500 IU at 1-3 years, 3,000 IU at 4-8 years, 4,000 IU from 9 years; they apply to healthy people, not to patients treated under medical supervision.',
        url: 'http://books.nap.edu/openbook.php?record_id=13050&page=445',
        evidence: 'source',
    },
    labelAcetaminophenIv: {
        short: 'acetaminophen injection label (US)',
        citation: 'OFIRMEV (acetaminophen) injection and its generics, US prescribing information: boxed warning, dosing is based on weight for patients under 50 kg; 2.2, adults and adolescents under 50 kg and children 2-12 years, 15 mg/kg every 6 hours or 12.5 mg/kg every 4 hours, at most 15 mg/kg per dose and 75 mg/kg a day from all sources (lower maxima below 2 years).',
        url: 'https://api.fda.gov/drug/label.json?search=set_id%3A%226d763554-913d-4bed-9efd-b9c9b936a2f4%22',
        evidence: 'weak',
    },
    smpcParacetamolIv: {
        short: 'paracetamol infusion SmPC (EU/UK)',
        citation: 'Perfalgan (paracetamol 10 mg/mL solution for infusion), summary of product characteristics, 4.2, the dosing table: more than 33 kg and up to 50 kg, 15 mg/kg per administration, at most 60 mg/kg a day and not exceeding 3 g; more than 10 kg and up to 33 kg, at most 60 mg/kg a day and not exceeding 2 g; 10 kg or less, 30 mg/kg a day (read in verbatim copies of the SmPC\'s table, Czech and Italian); the MHRA\'s advice on accidental overdose of intravenous paracetamol restates the lower doses under 50 kg, and UK guidance reduces oral doses under 50 kg by clinical judgement (JRCALC 2016).',
        evidence: 'weak',
    },
    smpcApixaban: {
        short: 'Eliquis SmPC (EU)',
        citation: 'Eliquis (apixaban), EU summary of product characteristics, 4.2: in patients with a creatinine clearance below 15 mL/min, or on dialysis, not recommended (no clinical experience).',
        url: 'https://www.ema.europa.eu/en/medicines/human/EPAR/eliquis',
        evidence: 'weak',
    },
    dailymedLabels: {
        short: 'prescribing information (as recalled)',
        citation: 'US prescribing information of the drug named, recalled rather than re-read here: the weekly methotrexate dose and its renal limit, prednisone per kg, hydroxychloroquine, a starting dose of mycophenolate, calcitriol, and minocycline\'s age limit. To verify against DailyMed.',
        url: 'https://dailymed.nlm.nih.gov/',
        evidence: 'weak',
    },
    ismpAbbreviations: {
        short: "ISMP's list of error-prone abbreviations",
        citation: "Institute for Safe Medication Practices (ISMP). ISMP's List of Error-Prone Abbreviations, Symbols, and Dose Designations: o.d. or OD (once daily, mistaken as right eye; use daily), q.d. or QD (every day, mistaken as q.i.d.; use daily), qhs (at bedtime, mistaken as qhr; use at bedtime), q.o.d. or QOD (every other day, mistaken as q.d. or q.i.d.; use every other day), TIW or tiw (3 times a week, mistaken as 3 times a day or twice in a week; use 3 times weekly); the slash mark (mistaken as the number 1; use per).",
        url: 'https://www.ismp.org/recommendations/error-prone-abbreviations-list',
        evidence: 'source',
    },
    // ── Clinical review 4 (plan): causes that call for their own management ─────────
    mantovani2018: {
        short: 'Mantovani 2018, pseudohypoparathyroidism consensus',
        citation: 'Mantovani G, Bastepe M, Monk D, et al. Diagnosis and management of pseudohypoparathyroidism and related disorders: first international Consensus Statement. Nat Rev Endocrinol. 2018;14(8):476-500. doi:10.1038/s41574-018-0042-0 (abstract and introduction read: PTH resistance, ectopic ossifications, brachydactyly, early-onset obesity).',
        url: 'https://pubmed.ncbi.nlm.nih.gov/29959430/',
        evidence: 'source',
    },
    howard2011: {
        short: 'Howard 2011, tumour lysis syndrome',
        citation: 'Howard SC, Jones DP, Pui CH. The tumor lysis syndrome. N Engl J Med. 2011;364(19):1844-54 (PMC3437249).',
        url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3437249/',
        evidence: 'source',
    },
    krcp2014: {
        short: 'Kim 2014, uraemic tumoral calcinosis',
        citation: 'Kim YS, Hwang HJ, Park JH. Resolution of uremic tumoral calcinosis in a patient on peritoneal dialysis with long-term low-calcium dialysate treatment. Kidney Res Clin Pract. 2014;33(4). Abstract: most uraemic tumoral calcinosis does not respond to medical treatment; resolved over 36 months with low-calcium dialysate and sevelamer.',
        url: 'https://krcp-ksn.org/journal/view.php?number=128',
        evidence: 'source',
    },
    kamar2016: {
        short: 'Kamar 2016',
        citation: 'Kamar FB, Mann B, Kline G. Sudden onset of parathyroid hormone-independent severe hypercalcemia from reversal of tumoral calcinosis in a dialysis patient. BMC Nephrol. 2016;17:137. Treatment lowers the calcium-phosphate product: less vitamin D therapy, intensive haemodialysis; deposits dissolved after the alfacalcidol was stopped and daily haemodialysis started.',
        url: 'https://doi.org/10.1186/s12882-016-0355-y',
        evidence: 'source',
    },
    yeh2009: {
        short: 'Yeh 2009',
        citation: 'Yeh SM, Hwang SJ, Chen HC. Treatment of severe metastatic calcification in hemodialysis patients. Hemodial Int. 2009;13(2):163-7 (abstract: low-calcium dialysate, calcium-free binders and parathyroidectomy resolved soft-tissue calcification).',
        url: 'https://pubmed.ncbi.nlm.nih.gov/19432688/',
        evidence: 'source',
    },
    medscapePilomatrixoma: {
        short: 'Medscape, Pilomatrixoma treatment',
        citation: 'Rao J. Pilomatrixoma Treatment & Management. Medscape Reference (eMedicine), article 1058965 (updated 13 Oct 2020): medical treatment has not succeeded; spontaneous regression is not observed; surgical excision is the treatment of choice; recurrence about 1.4%, after incomplete resection.',
        url: 'https://emedicine.medscape.com/article/1058965-treatment',
        evidence: 'source',
    },
    visualdxPancreaticPanniculitis: {
        short: 'VisualDx, pancreatic panniculitis',
        citation: 'VisualDx. Pancreatic panniculitis: tender nodules of the legs that ulcerate and drain oily material, in acute or chronic pancreatitis and pancreatic acinar carcinoma; often misdiagnosed as infection and subjected to unnecessary surgical debridement.',
        url: 'https://www.visualdx.com/visualdx/diagnosis/pancreatic+panniculitis?diagnosisId=52707&moduleId=101',
        evidence: 'source',
    },
    dermnetPancreaticPanniculitis: {
        short: 'DermNet, pancreatic panniculitis',
        citation: 'Webber L. Pancreatic panniculitis. DermNet (September 2017): panniculitis with pancreatitis or pancreatic carcinoma, from pancreatic enzymes released into the blood; treatment is that of the pancreatic disease.',
        url: 'https://dermnetnz.org/topics/pancreatic-panniculitis',
        evidence: 'weak',
    },
    berry2018: {
        short: 'Berry 2018',
        citation: 'Berry A, Degheim G, Saba S. Arteriolar vs. valvular thrombosis: pick your evil! Thromb J. 2018;16 (case report): anticoagulation for mechanical valves is limited to vitamin K antagonists, unfractionated heparin and low-molecular-weight heparin; warfarin-induced calciphylaxis with mechanical mitral and aortic valves.',
        url: 'https://thrombosisjournal.biomedcentral.com/articles/10.1186/s12959-018-0175-3',
        evidence: 'source',
    },
    yu2017: {
        short: 'Yu 2017',
        citation: 'Yu et al. Warfarin-associated nonuremic calciphylaxis. JAMA Dermatol. 2017;153(3):309-314. doi:10.1001/jamadermatol.2016.4821 (18 patients: heparin or low-molecular-weight heparin was the commonest substitute for warfarin).',
        url: 'https://pubmed.ncbi.nlm.nih.gov/28099971/',
        evidence: 'source',
    },
    // ── Added by the plan helper (h-plan3): osteoma cutis, calciphylaxis after kidney transplantation ──
    medscapeOsteomaCutis: {
        short: 'Medscape, Osteoma Cutis',
        citation: 'Osteoma Cutis. Medscape Reference (eMedicine), article 1103575: Background and Pathophysiology (osteoma cutis is bone in the skin, unlike the calcium salt deposits of calcinosis cutis; Albright hereditary osteodystrophy, with pseudohypoparathyroidism or without hormone resistance; progressive osseous heteroplasia, GNAS, dermal ossification from infancy extending to deep connective tissue).',
        url: 'https://emedicine.medscape.com/article/1103575-overview',
        evidence: 'weak',
    },
    dermnetOsteomaCutis: {
        short: 'DermNet, osteoma cutis',
        citation: 'Lim TM. Osteoma cutis. DermNet (2012): bone formation within the skin, usually secondary (inflammatory scar, trauma, tumours), at least 80% secondary; calcinosis cutis differs as calcium salt deposits; serum calcium and PTH help identify Albright hereditary osteodystrophy.',
        url: 'https://dermnetnz.org/topics/osteoma-cutis/',
        evidence: 'weak',
    },
    guillen2022: {
        short: 'Guillén 2022, calciphylaxis after kidney transplantation',
        citation: 'Guillén E, Cucchiari D, et al. Calciphylaxis after kidney transplantation. Clin Kidney J. 2022;15(4) (abstract and a news summary read): 14 local and 31 published recipients; 43.2% within the first year; median creatinine at diagnosis 2.4 mg/dL; 39.1% on vitamin K antagonists; PTH above 500 pg/mL in half; mortality 55.6%; the authors read calciphylaxis as critical ischaemia of calcified skin arterioles whatever the cause of the vascular calcification, not only long-standing uraemia.',
        url: 'https://pubmed.ncbi.nlm.nih.gov/35371461/',
        evidence: 'weak',
    },
    // ── Clinical review 9 (doses): labels and guidelines checked for the review's findings ──
    labelRocaltrolCkd: {
        short: 'calcitriol (Rocaltrol) label, dialysis and predialysis',
        citation: 'ROCALTROL (calcitriol), US prescribing information, Dosage and Administration: dialysis, an initial 0.25 µg/day, increased by 0.25 µg/day at 4- to 8-week intervals; most patients on haemodialysis respond to 0.5-1 µg/day (read on the manufacturer\'s dosing page and a copy of the label); predialysis, an initial 0.25 µg/day, which may be increased to 0.5 µg/day (from a hospital formulary quoting the label, not read in the label itself).',
        url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=calcitriol',
        evidence: 'weak',
    },
    labelRocaltrolDosing: {
        short: 'calcitriol (Rocaltrol) label, dosage',
        citation: 'ROCALTROL (calcitriol), US prescribing information, Dosage and Administration, hypoparathyroidism: 0.25 µg/day given in the morning, raised at 2- to 4-week intervals; most adult patients and children of 6 years and older respond to 0.5-2 µg daily. Quoted from the label by a secondary source (droracle.ai), not read on DailyMed here.',
        url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=calcitriol',
        evidence: 'weak',
    },
    ese2015Hypopara: {
        short: 'ESE 2015, chronic hypoparathyroidism',
        citation: 'Bollerslev J, Rejnmark L, Marcocci C, et al. European Society of Endocrinology Clinical Guideline: Treatment of chronic hypoparathyroidism in adults. Eur J Endocrinol. 2015;173(2):G1-20 (as summarised by Medscape: activated vitamin D analogues plus calcium supplements in divided doses as the primary therapy).',
        url: 'https://emedicine.medscape.com/article/122207-guidelines',
        evidence: 'source',
    },
    smpcAlfacalcidol: {
        short: 'alfacalcidol (One-Alpha) SmPC',
        citation: 'One-Alpha (alfacalcidol) capsules, UK summary of product characteristics, 4.2: initial dose 1 µg/day in adults (0.5 µg/day in the elderly), raised by 0.25-0.5 µg; most adults respond to 1-3 µg/day; maintenance generally 0.25-1 µg/day. 1α-hydroxyvitamin D3, converted to calcitriol in the liver. 4.3 (One-Alpha solution for injection, MHRA 2017, as reproduced by rxreasoner.com): contraindicated in hypercalcaemia and metastatic calcification.',
        url: 'https://medine.co.uk/alfacalcidol-capsules-1-0-microgram/summary',
        evidence: 'source',
    },
    smpcAlfacalcidolIreland: {
        short: 'alfacalcidol (One-Alpha) SmPC, Ireland',
        citation: 'One-Alpha 1 microgram soft capsules, Irish summary of product characteristics (LEO Pharma, 2017), 4.2: initial 1 µg/day in adults, 0.5 µg/day may be enough in the elderly; most patients respond eventually to 0.5-6 µg daily. The UK SmPC gives 1-3 µg/day for most adults.',
        url: 'https://www.medicines.ie/print?id=33221',
        evidence: 'source',
    },
    labelMethotrexateErrors: {
        short: 'methotrexate tablets label (boxed warning)',
        citation: 'Methotrexate tablets, US prescribing information (DailyMed set 757d6cef-6696-7a1c-8074-01258aaa8bdd, and the 2026 revisions): the boxed warning is headed "embryo-fetal toxicity, hypersensitivity reactions, severe adverse reactions, and risk of medication errors". The heading was read; the warning\'s full wording was not.',
        url: 'https://api.fda.gov/drug/label.json?search=set_id%3A%22757d6cef-6696-7a1c-8074-01258aaa8bdd%22',
        evidence: 'source',
    },
    ismpMethotrexate2018: {
        short: 'ISMP 2018, daily methotrexate',
        citation: 'Institute for Safe Medication Practices. Call to action: longstanding strategies to prevent accidental daily methotrexate dosing must be implemented. ISMP Medication Safety Alert! 9 August 2018: for most non-oncologic indications methotrexate is given once or twice weekly; accidental daily dosing has caused serious overdoses and deaths; oral methotrexate for non-oncologic use has been on the ISMP List of High-Alert Medications since 2003.',
        url: 'https://www.ismp.org/resources/call-action-longstanding-strategies-prevent-accidental-daily-methotrexate-dosing-must-be',
        evidence: 'source',
    },
    smpcCalciumCarbonate: {
        short: 'calcium carbonate SmPCs (Adcal, Calcichew)',
        citation: 'Adcal chewable tablets (calcium carbonate), UK SmPC (MHRA, 2016), 4.3: absolute contraindications are hypercalcaemia (myeloma, bone metastases or other malignant bone disease, sarcoidosis), primary hyperparathyroidism and vitamin D overdosage. Calcichew (calcium carbonate), UK SmPC (2021), 4.3: diseases and conditions resulting in hypercalcaemia or hypercalciuria. As reproduced by rxreasoner.com.',
        url: 'https://www.rxreasoner.com/monographs/adcal/precautions',
        evidence: 'source',
    },
    labelSensipar: {
        short: 'Sensipar (cinacalcet) label, indications',
        citation: 'SENSIPAR (cinacalcet), US prescribing information, 1 Indications and Usage: 1.1 secondary hyperparathyroidism in adults with CKD on dialysis (limitation of use: not indicated in CKD not on dialysis); 1.2 hypercalcaemia in adults with parathyroid carcinoma; 1.3 severe hypercalcaemia in adults with primary hyperparathyroidism unable to undergo parathyroidectomy.',
        url: 'https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22Cinacalcet+Hydrochloride%22',
        evidence: 'source',
    },
    percentWeightInVolume: {
        short: 'percent w/v (NDC directory)',
        citation: 'Percent weight in volume (g per 100 mL) as labelled on injectable solutions, openFDA NDC directory: "50% magnesium sulfate" 500 mg/mL (NDC 51662-1235); sodium thiosulfate injection (Hope Pharmaceuticals, the 25% solution) 250 mg/mL (NDC 60267-705).',
        url: 'https://api.fda.gov/drug/ndc.json?search=product_ndc%3A%2260267-705%22',
        evidence: 'source',
    },
    labelIvig: {
        short: 'IVIG labels (boxed warning)',
        citation: 'Immune globulin intravenous (human) products, US prescribing information, boxed warning "thrombosis, renal dysfunction and acute renal failure" (QIVIGY, as read on openFDA): thrombosis may occur, risk factors including advanced age, immobilisation, hypercoagulable conditions, prior thrombosis, oestrogens, central catheters, hyperviscosity and cardiovascular risk factors; renal dysfunction, acute renal failure and osmotic nephrosis may occur in predisposed patients. The predisposed (any pre-existing renal insufficiency, diabetes, age over 65, volume depletion, sepsis, paraproteinaemia, nephrotoxic drugs), the sucrose-containing products and the minimum dose and infusion rate with adequate hydration are the class labelling as recalled, not read here.',
        url: 'https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22Human+Immunoglobulin+G%22',
        evidence: 'source',
    },
    smpcApixabanHepatic: {
        short: 'Eliquis SmPC (EU), hepatic',
        citation: 'Eliquis (apixaban), EU summary of product characteristics, 4.3 Contraindications: hepatic disease associated with coagulopathy and clinically relevant bleeding risk (as encoded in HL7 FHIR R5\'s ClinicalUseDefinition example from the EMA). The US label (8.7: no adjustment in Child-Pugh A, limited experience in B, not recommended in C) is recalled, not read here.',
        url: 'https://hl7.org/fhir/R5/clinicalusedefinition-example.canonical.json',
        evidence: 'source',
    },
    labelTacrolimusNephrotoxicity: {
        short: 'tacrolimus SmPC (nephrotoxic interactions)',
        citation: 'Tacrolimus (Prograf and generics), EU/UK summary of product characteristics, 4.5: with drugs known to have nephrotoxic effects, such as aminoglycosides, gyrase inhibitors, vancomycin, sulfamethoxazole + trimethoprim, NSAIDs, ganciclovir or aciclovir, the nephrotoxic effects may increase; enhanced nephrotoxicity has been observed with amphotericin B and ibuprofen (read in a verbatim copy of 4.5). The US PROGRAF label says only that care should be taken with other nephrotoxic drugs, naming none.',
        url: 'https://api.fda.gov/drug/label.json?search=set_id%3A%227f667de1-9dfa-4bd6-8ba0-15ee2d78873b%22',
        evidence: 'weak',
    },
    turner2016Hypocalcaemia: {
        short: 'Society for Endocrinology 2016, acute hypocalcaemia',
        citation: 'Turner J, Gittoes N, Selby P; Society for Endocrinology Clinical Committee. Society for Endocrinology Endocrine Emergency Guidance: emergency management of acute hypocalcaemia in adult patients. Endocr Connect. 2016;5(5):G7-G8: severe when the adjusted calcium is below 1.9 mmol/L or there are symptoms; intravenous calcium gluconate.',
        url: 'https://doi.org/10.1530/EC-16-0056',
        evidence: 'source',
    },
    // ── Clinical review 10 (cautions) ─────────────────────────────────────────────────
    otto2020Valve: {
        short: 'ACC/AHA 2020 valve guideline',
        citation: 'Otto CM, Nishimura RA, Bonow RO, et al. 2020 ACC/AHA Guideline for the Management of Patients With Valvular Heart Disease. Circulation. 2021;143:e72-e227: mechanical valves are anticoagulated with a vitamin K antagonist (class 1); in patients with a mechanical valve, the direct thrombin inhibitor dabigatran is contraindicated (3: Harm, B-R), and anti-Xa direct oral anticoagulants have not been assessed and are not recommended (3: Harm) (read in secondary copies of the recommendations; the copies differ on the level of evidence of the anti-Xa sentence).',
        url: 'https://doi.org/10.1161/CIR.0000000000000923',
        evidence: 'weak',
    },
    vahanian2021Valve: {
        short: 'ESC/EACTS 2021 valve guidelines',
        citation: 'Vahanian A, Beyersdorf F, Praz F, et al. 2021 ESC/EACTS Guidelines for the management of valvular heart disease. Eur Heart J. 2022;43(7):561-632: non-vitamin K oral anticoagulants are not recommended in patients with mechanical valves (class III), as recalled, not read here.',
        url: 'https://doi.org/10.1093/eurheartj/ehab395',
        evidence: 'weak',
    },
    wang2023ProactXa: {
        short: 'PROACT Xa 2023',
        citation: 'Wang TY, Svensson LG, Wen J, et al. Apixaban or Warfarin in Patients with an On-X Mechanical Aortic Valve (PROACT Xa, NCT04142658). NEJM Evid. 2023;2(7): 863 patients randomised to apixaban or warfarin; terminated for safety on the data and safety monitoring board\'s advice, for more valve thrombosis and thromboembolism on apixaban (trial registry and AATS 2023 report read; the journal\'s details as recalled).',
        url: 'https://clinicaltrials.gov/study/NCT04142658',
        evidence: 'source',
    },
    cruzado2016: {
        short: 'Cruzado 2016',
        citation: 'Cruzado JM, Moreno P, Torregrosa JV, et al. A Randomized Study Comparing Parathyroidectomy with Cinacalcet for Treating Hypercalcemia in Kidney Allograft Recipients with Hyperparathyroidism. J Am Soc Nephrol. 2016;27(8):2487-2494: cinacalcet, off-label after transplantation, against subtotal parathyroidectomy (the trial\'s figures as recalled, not read here).',
        url: 'https://doi.org/10.1681/ASN.2015060622',
        evidence: 'weak',
    },
    // ── Clinical review 10 (plan) ─────────────────────────────────────────────────────
    bjr2002Irradiation: {
        short: 'Br J Radiol 2002, calcification after irradiation',
        citation: 'Subcutaneous calcification following chest wall and breast irradiation: a late complication. Br J Radiol. 2002;75:279-282 (six patients with heavy soft-tissue calcification years after chest wall and breast radiotherapy; the abstract and first page read).',
        evidence: 'weak',
    },
    rodd2021: {
        short: 'Rodd 2021',
        citation: 'Rodd C, et al. Subcutaneous fat necrosis associated with hypercalcemia in neonates with neonatal encephalopathy treated with therapeutic hypothermia. Semin Fetal Neonatal Med. 2021;26(4):101269 (review; the abstract read: a rare, self-resolving panniculitis; hypercalcaemia in about half, mostly in the first month, from 1,25-dihydroxyvitamin D made in the necrotic tissue; a low-calcium, vitamin D-free formula or intravenous bisphosphonates).',
        url: 'https://doi.org/10.1016/j.siny.2021.101269',
        evidence: 'weak',
    },
    siegel2022: {
        short: 'Siegel 2022',
        citation: 'Siegel LH, Fraile Alonso C, Tuazon CFR, et al. Subcutaneous fat necrosis of the newborn: a retrospective study of 32 infants and care algorithm. Pediatr Dermatol. 2023;40(3):413-421, published online December 2022 (the abstract read: monitor calcium for the first 3 months; symptomatic, marked or persistent hypercalcaemia with endocrinology or nephrology and a urinary system ultrasound).',
        evidence: 'weak',
    },
    boyce2017: {
        short: 'Boyce 2017',
        citation: 'Boyce AM. Denosumab: an emerging therapy in pediatric bone disorders. Curr Osteoporos Rep. 2017;15(4):283-292 (the abstract read: its effect on bone turnover reverses rapidly after it is stopped, and the rebound has caused severe hypercalcaemia in several children).',
        url: 'https://doi.org/10.1007/s11914-017-0380-1',
        evidence: 'weak',
    },
    // ── Clinical review 11 (plan and cautions) ──────────────────────────────────────
    kintzelDorr1995: {
        short: 'Kintzel & Dorr 1995',
        citation: 'Kintzel PE, Dorr RT. Anticancer drug renal toxicity and elimination: dosing guidelines for altered renal function. Cancer Treat Rev. 1995;21(1):33-64 (the abstract read: dose adjustment for drugs with a renal clearance of 30% or more of the dose, Table 3; its methotrexate figures, about 65% of the dose at a creatinine clearance of 46-60 mL/min, 50% at 31-45 and avoid below 30, as recalled, not read here).',
        url: 'https://doi.org/10.1016/0305-7372(95)90010-1',
        evidence: 'weak',
    },
    spsMethotrexateRenal: {
        short: 'SPS, methotrexate in renal impairment (BSR)',
        citation: 'Specialist Pharmacy Service (NHS), WHO Good Practice Repository. Methotrexate dosing in renal impairment: more awareness and action needed (Royal Cornwall Hospital): "The British Society of Rheumatology advises not exceeding 12.5 mg weekly when eGFR is less than 60 mL/min/1.73 m²" (read; the BSR guideline itself not read here).',
        url: 'https://www.sps.nhs.uk/repositories/methotrexate-dosing-in-renal-impairment-more-awareness-and-action-needed/',
        evidence: 'source',
    },
    smpcFurosemide: {
        short: 'Furosemide SmPC (UK)',
        citation: 'Furosemide Tablets BP, Summary of Product Characteristics (Actavis UK; MHRA, revised 2018): 4.3 contraindicated in electrolyte disturbances (severe hyponatraemia, severe hypokalaemia, hypovolaemia), dehydration and/or hypotension; 4.4 hypotension and hypovolaemia to be corrected before furosemide is started. Another UK SmPC: the urgent treatment of hypercalcaemia, to promote urinary excretion following rehydration.',
        url: 'https://rxreasoner.com/monographs/furosemide-tab/precautions',
        evidence: 'source',
    },
    etgHypercalcaemia: {
        short: 'eTG, acute severe hypercalcaemia',
        citation: 'Therapeutic Guidelines (eTG complete), Bone and Metabolism: acute severe hypercalcaemia, initial rehydration: sodium chloride 0.9% 4 to 6 L over 24 hours in an adult; intravenous furosemide under specialist supervision for fluid overload following rehydration; do not use furosemide for the primary treatment of hypercalcaemia, as it can deplete the intravascular volume further (read on a copy of the guideline, not the publisher\'s site).',
        evidence: 'weak',
    },
    walsh2016Hypercalcaemia: {
        short: 'Society for Endocrinology 2016, acute hypercalcaemia',
        citation: 'Walsh J, Gittoes N, Selby P; Society for Endocrinology Clinical Committee. Society for Endocrinology endocrine emergency guidance: emergency management of acute hypercalcaemia in adult patients. Endocr Connect. 2016;5(5):G9-G11 (its severity bands read; its advice to rehydrate with intravenous 0.9% saline before anything else, and on loop diuretics, as recalled, not read here).',
        url: 'https://doi.org/10.1530/EC-16-0055',
        evidence: 'weak',
    },
    strohm2011: {
        short: 'Strohm 2011',
        citation: 'Strohm B, et al. Subcutaneous fat necrosis after moderate therapeutic hypothermia in neonates. Pediatrics. 2011;128(2):e450-e452 (the abstract read: 12 cases of subcutaneous fat necrosis among 1,239 newborns of a national registry treated with moderate whole-body hypothermia, the lesions appearing after the cooling, moderate-to-severe hypercalcaemia in 8 of the 10 with a calcium measured; prolonged moderate hypothermia an actual risk factor).',
        url: 'https://publications.aap.org/pediatrics/article-abstract/128/2/e450/30649',
        evidence: 'weak',
    },
    yang2018Penile: {
        short: 'Yang 2018, penile calciphylaxis',
        citation: 'Yang TY, Wang TY, Chen M, Sun FJ, Chiu AW, Chen YH. Penile calciphylaxis in a patient with end-stage renal disease: a case report and review of the literature. Open Med (Wars). 2018;13:158-163 (the abstract and introduction read: a rare cause of penile gangrene in end-stage renal disease; unlike Fournier\'s gangrene, the benefit of aggressive surgery is controversial; overall mortality 64%, mean time to death 2.5 months; the case had a total penectomy and died 2 weeks after).',
        url: 'https://doi.org/10.1515/med-2018-0025',
        evidence: 'weak',
    },
    adler2020Penile: {
        short: 'Adler 2020, penile calciphylaxis',
        citation: 'Adler K, Flores V, Kabarriti A. Penile calciphylaxis: a severe case managed with partial penectomy. Urol Case Rep. 2020;34:101456 (the abstract read: surgical management has shown outcomes similar to conservative management in mean survival, so its benefit is controversial; a presentation too severe for conservative management was treated by partial penectomy, to halt the progression and for the quality of life).',
        url: 'https://doi.org/10.1016/j.eucr.2020.101456',
        evidence: 'weak',
    },
    dormand2005: {
        short: 'Dormand 2005',
        citation: 'Dormand EL, et al. Radiotherapy and wound healing. Int Wound J. 2005 (the abstract read: problematic wound healing in radiation-damaged tissue is a major, often overlooked problem in patients who have had radiotherapy; it may lead to chronic ulceration, pain, secondary infection and compromise the outcome of general or reconstructive surgery).',
        evidence: 'weak',
    },
    haubner2012: {
        short: 'Haubner 2012',
        citation: 'Haubner F, Ohmann E, Pohl F, Strutz J, Gassner HG. Wound healing after radiation therapy: review of the literature. Radiat Oncol. 2012;7:162 (the abstract and introduction read: compromised wound healing in irradiated tissues is a common and challenging clinical problem; skin atrophy and soft tissue fibrosis, with impaired peri- and postoperative healing that may require extensive reconstruction; head and neck cancer).',
        url: 'https://doi.org/10.1186/1748-717X-7-162',
        evidence: 'weak',
    },
    gogate2012: {
        short: 'Gogate 2012',
        citation: 'Gogate Y, Gangadhar P, Walia RR, Bhansali A. "Petrified ears" with idiopathic adult-onset pituitary insufficiency. Indian J Endocrinol Metab. 2012;16(5):830-2 (the abstract read: the commonest causes of auricular calcification are local trauma, frostbite and inflammation; adrenal insufficiency is the systemic disease most often associated with it).',
        url: 'https://doi.org/10.4103/2230-8210.100649',
        evidence: 'source',
    },
    starshipHypocalcaemia: {
        short: 'Starship, hypocalcaemia in children',
        citation: 'Starship Child Health (Auckland). Hypocalcaemia: clinical guideline for children (read: moderate-severe hypocalcaemia normally a total calcium below 1.8 mmol/L; severely symptomatic with severe hypocalcaemia, e.g. a total calcium below 1.6 mmol/L with seizures, managed with intravenous calcium first; every child with symptomatic or severe biochemical hypocalcaemia discussed with and admitted under paediatric endocrinology).',
        url: 'https://www.starship.org.nz/for-health-professionals/starship-clinical-guidelines/h/hypocalcaemia/',
        evidence: 'source',
    },
    puig1998: {
        short: 'Puig 1998',
        citation: 'Puig L, Rocamora V, Romaní J, Alomar A, de Moragas JM. Calcinosis cutis following calcium chloride electrode paste application for auditory-brainstem evoked potentials recording. Pediatr Dermatol. 1998;15(1):27-30 (recalled, not read here: the electrode-paste nodules of children resolved on their own within months).',
        evidence: 'weak',
    },
    imacs2023: {
        short: 'IMACS 2023 (Oldroyd et al.)',
        citation: 'Oldroyd AGS, Callen JP, Chinoy H, et al. International Guideline for Idiopathic Inflammatory Myopathy-Associated Cancer Screening: an International Myositis Assessment and Clinical Studies Group (IMACS) initiative. Nat Rev Rheumatol. 2023;19(12):805-817 (the abstract and the figure legend read: adult-onset myositis carries a raised cancer risk in the 3 years before and after onset; patients are stratified into standard, moderate and high risk by subtype, autoantibody and clinical features, and screened with a basic or an enhanced panel accordingly; screening is not routinely required in juvenile-onset disease).',
        url: 'https://doi.org/10.1038/s41584-023-01045-w',
        evidence: 'source',
    },
    lilleng2011: {
        short: 'Lilleng 2011 (NORIP CK limits)',
        citation: 'Lilleng H, Abeler K, Johnsen SH, et al. Variation of serum creatine kinase (CK) levels and prevalence of persistent hyperCKemia in a Norwegian normal population. The Tromsø Study. Neuromuscul Disord. 2011;21(7):494-500 (authors and pages as recalled; the abstract read: the Nordic Reference Interval Project\'s upper limits, 210 U/L in women, 400 U/L in men under 50 years and 280 U/L in men of 50 and over).',
        url: 'https://www.nmd-journal.com/article/S0960-8966(11)00117-9/fulltext',
        evidence: 'source',
    },
    loh2024Iim: {
        short: 'Loh 2024, Medicine Today',
        citation: 'Loh K, Needham M, Paramalingam S. Idiopathic inflammatory myopathies: an overview. Medicine Today. 2024 October (key points read: serum creatine kinase is a useful screening test but can be normal in some cases, independent of weakness or severity; every newly diagnosed patient should have age- and sex-appropriate cancer screening).',
        url: 'https://medicinetoday.com.au/mt/2024/october/feature-article/idiopathic-inflammatory-myopathies-overview',
        evidence: 'source',
    },
    labelCaptopril: {
        short: 'captopril label',
        citation: 'Captopril tablets, US prescribing information (openFDA): description (a specific competitive inhibitor of angiotensin I-converting enzyme) and boxed warning (fetal toxicity) read; the dose in renal impairment (a lower starting dose and slower titration, as captopril is cleared by the kidney) recalled, not read here.',
        url: 'https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22Captopril%22',
        evidence: 'source',
    },
    labelPentoxifylline: {
        short: 'pentoxifylline label',
        citation: 'Pentoxifylline extended-release tablets, US prescribing information: a tri-substituted xanthine, a haemorheologic agent that lowers blood viscosity; indicated for intermittent claudication from chronic occlusive arterial disease of the limbs; 400 mg three times a day with meals (twice a day for digestive or nervous-system side effects); with a creatinine clearance below 30 mL/min, 400 mg once a day (read in reproductions of the label: globalrph.com, scholarsinmedicine.com).',
        url: 'https://globalrph.com/rx-list/pentoxifylline-drug',
        evidence: 'source',
    },
    valea2024: {
        short: 'Valea 2024 (petrified ear)',
        citation: 'Valea A, Nistor CE, Ciobica ML, Sima OC, Carsote M. Endocrine petrified ear: associated endocrine conditions in auricular calcification/ossification (a sample-focused analysis). Diagnostics (Basel). 2024;14(12):1303 (the abstract read: a review of 75 patients with calcification or ossification of the auricular cartilage, 2000-2024; no standard protocol of assessment is available; of the 50 with an endocrine condition, adrenal insufficiency was the commonest (36%), then hypopituitarism (22%) and hypothyroidism (18%); 39% of those with adrenal failure had Addison disease).',
        url: 'https://doi.org/10.3390/diagnostics14121303',
        evidence: 'source',
    },
    buikema2012: {
        short: 'Buikema & Adams 2012',
        citation: 'Buikema KE, Adams EG. A rare case of petrified ear. Case Rep Dermatol Med. 2012;2012:410601 (the abstract read: calcification or ossification of the auricle is most often attributed to trauma, hypothermia and frostbite, or hypercalcaemia secondary to a metabolic or endocrine disorder such as Addison disease; the patient had had hyperparathyroidism with hypercalcaemia).',
        url: 'https://doi.org/10.1155/2012/410601',
        evidence: 'source',
    },
    mastronikolis2009: {
        short: 'Mastronikolis 2009',
        citation: 'Mastronikolis NS, Zampakis P, Kalogeropoulou C, et al. Bilateral ossification of the auricles: an unusual entity and review of the literature. Head Face Med. 2009;5:17 (the abstract read: a 75-year-old man whose history held the predisposing factors Addison disease and diabetes mellitus; one should keep in mind a serious co-existing disease such as an endocrinopathy).',
        url: 'https://doi.org/10.1186/1746-160X-5-17',
        evidence: 'source',
    },
    petrifiedEarsAlkaptonuria2018: {
        short: 'Turk J Dermatol 2018 (petrified ears, alkaptonuria)',
        citation: 'Petrified ears: benchmark for a systemic disease. Letter to the editor. Turk J Dermatol. 2018;12(1):54-55 (read: a 40-year-old man with progressive stiffness of the pinnae, found to have alkaptonuria (ochronosis); calcification of the auricular cartilage may be the sign of an underlying systemic condition). Authors not recorded here.',
        url: 'https://turkjdermatol.com/articles/petrified-ears-benchmark-for-a-systemic-disease/doi/tdd.2801',
        evidence: 'weak',
    },
    nationalJewishSarcoidosis: {
        short: 'National Jewish Health, sarcoidosis',
        citation: 'National Jewish Health. Sarcoidosis: lifestyle management, calcium and vitamin D (read: granuloma macrophages convert vitamin D to its active form; about 5% of patients have a raised blood calcium and 15% a raised urinary calcium; with either raised, decreasing vitamin D and calcium intake from diet or supplements and avoiding excessive sun exposure can reduce the calcium, and if that does not control it the doctor treats it).',
        url: 'https://www.nationaljewish.org/conditions/sarcoidosis/sarcoidosis-overview/lifestyle-management',
        evidence: 'source',
    },
    sharma1996: {
        short: 'Sharma 1996',
        citation: 'Sharma OP. Vitamin D, calcium, and sarcoidosis. Chest. 1996;109(2):535-539 (the abstract read, in a scanned copy: hypercalcaemia in about 10% and hypercalciuria about three times as often, from dysregulated calcitriol production by activated macrophages; corticosteroids cause prompt reversal; chloroquine, hydroxychloroquine and ketoconazole where the patient fails to respond to corticosteroids or has dangerous side effects; hypercalcaemia can be aggravated by sunlight and a vitamin D-rich diet).',
        url: 'https://doi.org/10.1378/chest.109.2.535',
        evidence: 'source',
    },
    baughman2013: {
        short: 'Baughman 2013',
        citation: 'Baughman RP, Janovcik J, Ray M, Sweiss N, Lower EE. Calcium and vitamin D metabolism in sarcoidosis. Sarcoidosis Vasc Diffuse Lung Dis. 2013;30(2):113-120 (authors and pages as recalled; the abstract read: sarcoidosis-associated hypercalcaemia in 97 of 1606 patients (6%), with renal insufficiency in 42% of them; it improved in over 90% with treatment of the sarcoidosis and withdrawal of vitamin D supplements, in 8 by the withdrawal alone; 25-hydroxyvitamin D was low in 80% while 1,25-dihydroxyvitamin D was rarely low; measuring 1,25-dihydroxyvitamin D best evaluates vitamin D status in sarcoidosis).',
        url: 'https://mattioli1885journals.com/index.php/sarcoidosis/article/view/3022',
        evidence: 'source',
    },
    bolland2013: {
        short: 'Bolland 2013',
        citation: 'Bolland MJ, Wilsher ML, Grey A, et al. Randomised controlled trial of vitamin D supplementation in sarcoidosis. BMJ Open. 2013;3(10):e003562 (the abstract read: authoritative reviews advise avoiding sunlight and vitamin D supplements in sarcoidosis; in 27 normocalcaemic patients with 25-hydroxyvitamin D below 50 nmol/L, cholecalciferol for a year did not change the albumin-adjusted calcium or the 24-hour urinary calcium compared with placebo).',
        url: 'https://doi.org/10.1136/bmjopen-2013-003562',
        evidence: 'source',
    },
    engineering: {
        short: 'our choice, no clinical source',
        citation: 'Calc Case engineering: our own arithmetic or choice, with no clinical source; the note on the fact says why.',
        evidence: 'engineering',
    },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof Sources;
