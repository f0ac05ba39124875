# One-off migration of the built-in rule pack from format 1 to format 2 (kept for review).
# Reads the format-1 pack from git history and writes the format-2 pack; the JSON is the source.
import json, sys, collections
src, dst = sys.argv[1], sys.argv[2]
d = json.load(open(src))
out = collections.OrderedDict()
out['format'] = 'crisis-rule-pack/2'
out['version'] = 'builtin-2026.12.1'
out['description'] = ('Built-in zh-TW and en pack written from the crisis-pr seeds and LEGAL.md; '
                      'format 2: concepts, frames and rules over concepts')
for k in ['spread', 'scoring', 'typeWeights', 'floors', 'negations']:
    out[k] = d[k]
guards = list(d['guards']) + ['社交媒體', '社群媒體', '自媒體', '多媒體', '媒體素養']
out['guards'] = guards
drop_signals = {'病歷', '掛號', '截圖'}
out['signals'] = [s for s in d['signals'] if s['phrase'] not in drop_signals]
out['harmWords'] = d['harmWords']
out['pii'] = d['pii']

concepts = []
def concept(cid, kind, zh=(), en=(), includes=(), shadows=(), shapes=()):
    c = collections.OrderedDict(id=cid, kind=kind)
    ph = collections.OrderedDict()
    if zh: ph['zh-TW'] = list(dict.fromkeys(zh))
    if en: ph['en'] = list(dict.fromkeys(en))
    if ph: c['phrases'] = ph
    if includes: c['includes'] = list(includes)
    if shadows: c['shadows'] = list(shadows)
    if shapes: c['shapes'] = list(shapes)
    concepts.append(c)
def el(cls=None, chars=None, concept=None, mn=1, mx=None):
    e = collections.OrderedDict()
    if cls: e['class'] = cls
    if chars: e['chars'] = chars
    if concept: e['concept'] = concept
    e['min'] = mn; e['max'] = mx if mx is not None else max(1, mn)
    return e
def shape(anchors, before=(), after=(), notBefore='', notAfter=''):
    s = collections.OrderedDict(anchors=list(anchors))
    if before: s['before'] = list(before)
    if after: s['after'] = list(after)
    if notBefore: s['notBefore'] = notBefore
    if notAfter: s['notAfter'] = notAfter
    return s

# ---- cue concepts -------------------------------------------------------------------------
concept('NEGATION', 'NEGATION_CUE',
        zh=['不', '無法', '並非', '沒有', '沒', '未', '無', '從未', '從來沒有', '絕不', '並未', '不曾', '未曾', '非', '毫無', '不會'],
        en=['not', 'no', 'never', 'without', "n't", 'cannot', "can't", 'can not'],
        shadows=['不爽', '不耐煩', '不斷', '不停', '不少', '不久', '不只', '不僅', '不但', '不管', '不論', '不得不',
                 '不舒服', '不理', '不專業', '不負責', '不合理', '不適', '無言', '無奈', '無聊', '無理', '未來',
                 '沒想到', '非常', '無良', '不良', '不當', '不足', '不清', '不明', '不佳', '非法', '無效', '不實'])
concept('ADVISORY_CUE', 'ADVISORY_CUE',
        zh=['不要相信', '別相信', '勿信', '請勿相信', '切勿相信', '千萬別信', '不可輕信', '勿輕信', '謹防', '慎防', '小心受騙',
            '提防', '詐騙', '假冒', '冒用', '誇大不實', '違規廣告', '違法廣告', '不實廣告', '廣告不得', '不得宣稱', '不得使用',
            '禁止使用', '不得以', '依法不得', '標榜', '聲稱', '話術', '提醒民眾', '請民眾注意', '衛生局提醒', '提醒您',
            '沒有所謂', '並不存在', '不存在所謂', '要小心', '須小心', '需小心', '違反醫療法', '違反醫療廣告', '屬違規',
            '屬於違規', '均屬違法', '均屬違規', '宣傳用語', '廣告用語', '誇大療效'],
        en=['beware', 'scam', 'fraud', 'do not trust', "don't trust", "don't believe", 'do not believe', 'be wary',
            'be careful of', 'claims of', 'claiming', 'any ad', 'ads that', 'no clinic can', 'no treatment can',
            'watch out for'])
concept('CONDITIONAL_CUE', 'CONDITIONAL_CUE',
        zh=['若', '如果', '如您', '如有', '倘若', '假如', '假設', '如需', '凡', '是否', '任何'],
        en=['if', 'whether', 'any patient', 'anyone who'])
concept('QUESTION_CUE', 'QUESTION_CUE', zh=['?', '嗎', '請問', '是否'], en=['?'])
concept('ABSENCE_COMPLAINT', 'COMPLAINT_FRAME', zh=['可言', '都沒有人', '根本沒有', '完全沒有', '一點都沒'])

# ---- people -------------------------------------------------------------------------------
SURNAMES = ('王陳林黃張李吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高簡朱鍾施游詹沈彭胡余盧潘顏梁趙柯翁魏方'
            '孫戴范宋鄧杜侯溫薛丁傅蔣卓藍馮姚石董紀歐程連古汪湯姜田康鄒白涂尤巫韓龔嚴袁黎金阮陸倪夏童邵柳錢'
            '馬唐鄭易武廖鐘伍麥韋殷郝饒辛褚邢秦賀毛熊萬俞任聶闕樊歐余凌管甘曹於鄞莫賈梅粘喬饒')
SURNAMES = ''.join(dict.fromkeys(SURNAMES))
COMPOUND = ['歐陽', '司馬', '諸葛', '張簡', '范姜', '上官', '司徒', '東方', '夏侯', '公孫', '皇甫', '長孫', '慕容']
concept('SURNAME', 'SURNAME', zh=list(SURNAMES) + COMPOUND)
HONORIFIC = ['先生', '小姐', '女士', '太太', '媽媽', '爸爸', '阿姨', '伯伯', '奶奶', '爺爺', '阿嬤', '阿公']
concept('HONORIFIC', 'HONORIFIC', zh=HONORIFIC)
concept('PERSON_LABEL', 'PERSON_LABEL', zh=['患者', '病患', '病人', '網友', '家屬', '民眾', '姓名', '名叫', '叫做', '個案', '顧客', '客人'])
concept('NEWS_NOUN', 'PERSON_NOUN', zh=['男子', '女子', '男童', '女童', '婦人', '老翁', '老婦', '少女', '少年', '女士', '先生', '小姐',
                                        '患者', '病患', '病人', '嬰兒', '產婦', '孕婦', '學生', '男', '女', '婦', '翁', '童', '嬰', '姓'])
concept('PERSON_NAME', 'PERSON_NAME',
        shapes=[
            # 陳先生 / 歐陽小姐: a surname and a form of address
            shape(HONORIFIC, before=[el(concept='SURNAME')], notBefore='謝感多'),
            # 王小明先生: surname, one or two given-name characters, a form of address
            shape(list(SURNAMES), after=[el(cls='HAN', mn=1, mx=2), el(concept='HONORIFIC')], notBefore='謝感多'),
            # 患者王小明: a person label, a surname and one or two given-name characters
            shape(list(SURNAMES) + COMPOUND, before=[el(concept='PERSON_LABEL')], after=[el(cls='HAN', mn=1, mx=2)],
                  notAfter='的之在於等'),
            # Mr. Smith, Ms Lee
            shape(['mr', 'mrs', 'ms', 'miss'], after=[el(chars='.', mn=0, mx=1), el(cls='SPACE', mn=1, mx=2),
                                                     el(cls='LATIN', mn=2, mx=12)]),
        ])
concept('NEWS_PERSON', 'PERSON_REFERENCE',
        shapes=[
            # 陳女, 林姓男童, 王姓患者 (news style)
            shape(['女', '男', '嫂', '翁', '婦', '童', '嬰'], before=[el(concept='SURNAME')],
                  notBefore='任如何謝子婦男女對為', notAfter='士性生兒孩人子裝性'),
            shape(['姓'], before=[el(concept='SURNAME')], after=[el(concept='NEWS_NOUN')], notBefore='百貴'),
        ])
THIRD = []
for det in ['該名', '該', '這位', '這名', '此', '此位', '那位', '那名', '此名']:
    for noun in ['患者', '病患', '病人', '網友', '民眾', '顧客', '家屬', '男子', '女子', '男童', '女童', '婦人', '孕婦', '產婦',
                 '評論者', '留言者', '當事人', '個案', '客人', '小朋友', '長者', '消費者', '病童']:
        THIRD.append(det + noun)
concept('PERSON_THIRD', 'PERSON_REFERENCE', zh=THIRD + ['當事人', '其家屬', '家屬表示', '一名'],
        en=['the reviewer', 'this reviewer', 'the patient', 'this patient', 'that patient', 'the poster', 'this user',
            'he', 'she', 'his', 'her', 'the customer', 'this customer', 'the family', 'the individual'],
        includes=['NEWS_PERSON', 'PERSON_NAME'])
concept('PERSON_SECOND', 'PERSON_REFERENCE', zh=['您', '你', '妳', '閣下', '令尊', '令堂', '貴子弟', '您家人', '您的家人'],
        en=['you', 'your', "you're", "you've"])
concept('PERSON_SPECIFIC', 'PERSON_REFERENCE', includes=['PERSON_SECOND', 'PERSON_THIRD'])
concept('CLINIC_SELF', 'CLINIC_REFERENCE', zh=['本院', '本診所', '我們診所', '院內', '本中心', '我們這', '本所', '敝院', '敝診所', '院方', '診所'],
        en=['our clinic', 'our office', 'our practice', 'our hospital', 'our center'])
concept('CLINIC_DOCTOR', 'HOST_SUPPLIED')

# ---- care and visits -----------------------------------------------------------------------
concept('VISIT', 'VISIT',
        zh=['就診', '看診', '來診', '到診', '回診', '複診', '初診', '來院', '到院', '就醫', '接受治療', '接受手術', '進行手術',
            '進行治療', '做了', '做過', '施打', '開刀', '接受', '進行', '來看', '來做', '掛號', '看過診', '治療過', '療程中'],
        en=['came in', 'came to our', 'visited', 'your visit', 'were seen', 'was seen', 'your appointment', 'his appointment',
            'her appointment', 'were here', 'was here', 'were referred', 'was referred', 'referred for', 'treated',
            'your treatment', 'his treatment', 'her treatment', 'came to see', 'your last visit', 'checked in'])
concept('PATIENT_STATUS', 'PATIENT_STATUS',
        zh=['是我們的病人', '是我們的老病人', '是本院病人', '是本院患者', '是本診所患者', '本院病人', '本院患者', '本診所的患者',
            '曾在本院', '曾在本診所', '曾於本院', '曾於本診所', '曾到本院', '就診紀錄', '看診紀錄', '病歷顯示', '根據病歷',
            '依病歷', '根據紀錄', '依紀錄', '查詢紀錄', '經查', '經查證', '查無', '查無此人', '並未在本院', '未曾在本院',
            '從未在本院', '不是本院', '非本院', '並非本院', '沒有來過', '從未來過', '未曾來過', '確實曾', '確實有來',
            '感謝您選擇本院', '感謝您前來', '感謝您的就診', '您的病歷', '您的療程', '您的手術', '您的治療', '您的檢查',
            '您的診斷', '您的處方', '您是我們的'],
        en=['our records', 'according to our records', 'our records show', 'never a patient', 'not a patient',
            'never visited', 'never been a patient', 'is a patient', 'was a patient', 'as our patient',
            'being our patient', 'being a patient', 'remember your visit', 'remember you', 'recall your visit',
            'thank you for being our patient', 'no record of', 'your chart', 'your records', 'your file'])
VT_WORDS = ['昨天', '前天', '昨日', '當天', '那天', '上個月', '上月', '上週', '上星期', '上禮拜', '去年', '今早', '昨晚', '當日',
            '上次', '前陣子', '稍早']
for w in ['週', '星期', '禮拜']:
    for dday in '一二三四五六日天':
        VT_WORDS.append('上' + w + dday)
concept('VISIT_TIME', 'VISIT_TIME', zh=VT_WORDS,
        en=['yesterday', 'last week', 'last month', 'this morning', 'last monday', 'last tuesday', 'last wednesday',
            'last thursday', 'last friday', 'last saturday', 'last sunday', 'on monday', 'on tuesday', 'on wednesday',
            'on thursday', 'on friday', 'on saturday', 'on sunday'],
        shapes=[
            shape(['月'], before=[el(cls='DIGIT', mn=1, mx=2)], after=[el(cls='DIGIT', mn=1, mx=2), el(chars='日號')], notBefore='0123456789'),
            shape(['月'], before=[el(cls='HAN_DIGIT', mn=1, mx=3)], after=[el(cls='HAN_DIGIT', mn=1, mx=3), el(chars='日號')]),
            shape(['/'], before=[el(cls='DIGIT', mn=1, mx=2)], after=[el(cls='DIGIT', mn=1, mx=2)], notBefore='/0123456789', notAfter='/0123456789'),
            shape(['/', '-', '.'], before=[el(cls='DIGIT', mn=4, mx=4)], after=[el(cls='DIGIT', mn=1, mx=2), el(chars='/-.'), el(cls='DIGIT', mn=1, mx=2)],
                  notBefore='0123456789', notAfter='0123456789'),
            shape(['上午', '下午', '晚上', '早上', '中午', '凌晨', '傍晚'], after=[el(cls='DIGIT', mn=1, mx=2), el(chars='點時:')]),
            shape(['上午', '下午', '晚上', '早上', '中午', '凌晨', '傍晚'], after=[el(cls='HAN_DIGIT', mn=1, mx=3), el(chars='點時')]),
            shape([':'], before=[el(cls='DIGIT', mn=1, mx=2)], after=[el(cls='DIGIT', mn=2, mx=2)], notBefore='0123456789', notAfter='0123456789'),
            shape(['年'], before=[el(cls='DIGIT', mn=2, mx=4)], after=[el(cls='DIGIT', mn=1, mx=2), el(chars='月')]),
            shape(['am', 'pm', 'a.m.', 'p.m.'], before=[el(cls='SPACE', mn=0, mx=1), el(cls='DIGIT', mn=1, mx=2)]),
        ])
PROC_ZH = ['植牙', '拔牙', '根管', '根管治療', '雷射', '抽脂', '手術', '洗牙', '注射', '玻尿酸', '肉毒', '隆乳', '雙眼皮', '矯正',
           '假牙', '開刀', '打針', '點滴', '麻醉', '全身麻醉', '微整', '音波', '電波', '皮秒', '隆鼻', '削骨', '抽血', '內視鏡',
           '胃鏡', '大腸鏡', '剖腹產', '補牙', '牙套', '牙冠', '療程', '美白', '除斑', '埋線', '拉皮', '割包皮', '結紮', '人工流產',
           '復健', '針灸', '推拿', '拔智齒', '智齒', '縫合', '切除', '治療', '檢查']
PROC_EN = ['root canal', 'implant', 'implants', 'filler', 'fillers', 'botox', 'surgery', 'extraction', 'injection',
           'laser', 'crown', 'cleaning', 'filling', 'fillings', 'braces', 'liposuction', 'procedure', 'wisdom tooth',
           'wisdom teeth', 'x-ray', 'x-rays', 'treatment plan']
concept('PROCEDURE', 'PROCEDURE', zh=PROC_ZH, en=PROC_EN)
COND_ZH = ['糖尿病', '高血壓', '憂鬱症', '憂鬱', '焦慮症', '恐慌症', '躁鬱症', '精神疾病', '精神病', '思覺失調', '癌症', '腫瘤', '感染',
           '蛀牙', '牙周病', '牙周炎', '過敏', '懷孕', '流產', '墮胎', '性病', '愛滋', '肝炎', '心臟病', '失眠', '肥胖', '氣喘',
           '痛風', '甲狀腺', '不孕', '牙齒狀況', '口腔衛生', '血壓', '血糖', '檢查結果', '報告', '用藥', '病情', '病史', '診斷',
           '牙齦', '牙結石', '抽菸', '吸菸', '酗酒', '藥物', '處方', '體重']
COND_EN = ['diagnosis', 'test results', 'condition', 'medication', 'medications', 'prescription', 'teeth', 'tooth', 'gums',
           'oral hygiene', 'habits', 'smoke', 'smoking', 'smoker', 'drinking', 'diabetes', 'depression', 'anxiety',
           'cancer', 'infection', 'cavities', 'gum disease', 'blood pressure', 'pregnancy', 'pregnant', 'hiv', 'insurance',
           'medical history', 'mental health', 'weight', 'x-ray', 'x-rays', 'bite', 'plaque', 'hygiene']
concept('CONDITION', 'CONDITION', zh=COND_ZH, en=COND_EN)
concept('ATTRIBUTE_VERB', 'ATTRIBUTION', zh=['有', '患有', '罹患', '得了', '診斷為', '被診斷', '確診', '的', '本身有', '長期', '一直'],
        en=['has', 'have', 'had', 'suffer', 'suffers', 'suffered', "'s", 'with'])
concept('AGE', 'AGE', shapes=[
    shape(['歲'], before=[el(cls='DIGIT', mn=1, mx=3)]),
    shape(['歲'], before=[el(cls='HAN_DIGIT', mn=1, mx=4)], notBefore='幾'),
    shape(['-year-old', ' years old', ' year old'], before=[el(cls='DIGIT', mn=1, mx=3)]),
    shape(['aged '], after=[el(cls='DIGIT', mn=1, mx=3)]),
])
concept('AMOUNT', 'AMOUNT', shapes=[
    shape(['元', '萬', '塊'], before=[el(chars='0123456789,', mn=1, mx=12)]),
    shape(['nt$', 'ntd', '$'], after=[el(cls='SPACE', mn=0, mx=1), el(cls='DIGIT', mn=1, mx=1)]),
])
concept('OCCUPATION', 'OCCUPATION', zh=['老師', '教師', '工程師', '公務員', '警察', '軍人', '空服員', '藝人', '網紅', '主播', '議員',
                                        '立委', '法官', '檢察官', '護理系', '大學生', '研究生', '上班族', '老闆'],
        en=['teacher', 'engineer', 'police officer', 'student', 'lawyer', 'flight attendant'])

# ---- compliance concepts: the format-1 lexicon, grouped per rule id ---------------------------
levels_by_rule = {}
cat_by_rule = {}
basis_by_rule = {}
terms = collections.OrderedDict()
for c in d['compliance']:
    key = (c['ruleId'], c['negatable'])
    terms.setdefault(key, {'zh-TW': [], 'en': []})[c['locale'] if c['locale'] in ('zh-TW', 'en') else 'en'].append(c['phrase'])
    levels_by_rule[c['ruleId']] = c['level']
    cat_by_rule[c['ruleId']] = c['category']
    basis_by_rule[c['ruleId']] = c['legalBasis']
extra = collections.defaultdict(lambda: {'zh-TW': [], 'en': []})
def more(rule, zh=(), en=()):
    extra[rule]['zh-TW'] += list(zh); extra[rule]['en'] += list(en)
more('AD_PROMOTION', zh=['團購', '免費', '折扣', '優惠價', '特惠', '限量', '早鳥', '加贈', '好康', '回饋價', '超值', '專案價',
                         '下殺', '破盤', '最低價', '滿額', '現折', '折價', '抵用', '開幕慶', '周年慶', '週年慶', '買一送一', '買二送一',
                         '體驗價', '首次體驗', '新客', '送好禮', '抽獎', '抽好禮', '贈品', '現金回饋', '只要', '僅需', '特價', '限時'],
     en=['free', 'discount', 'special offer', 'limited time', 'promo', 'promotion', 'coupon', 'deal', '% off', 'sale',
         'bonus', 'gift'])
more('AD_EFFICACY_GUARANTEE', zh=['保證', '有效率', '一定會好', '包好', '成功率', '效果顯著', '立即改善', '根治', '治癒', '永久',
                                  '一次到位', '效果持久', '逆齡', '凍齡', '回春', '不再復發', '藥到病除'],
     en=['guaranteed', 'guarantee', 'cure', 'cures', 'permanent results', 'instant results', 'works every time'])
more('AD_NO_RISK', zh=['零風險', '無風險', '無副作用', '零副作用', '不會痛', '完全不痛', '無痛', '零疼痛', '免開刀', '安全無虞', '零失敗'],
     en=['risk-free', 'no risk', 'no side effects', 'painless', 'pain-free', 'no downtime', '100% safe'])
more('AD_SUPERLATIVE', zh=['第一', '最好', '最專業', '最便宜', '最先進', '最有效', '最權威', '唯一', '首創', '獨家', '名醫', '頂尖', '權威',
                           '冠軍', '第一名', 'no.1', '排名第一', '全台最', '全國最', '全球最', '最強', '最頂級', '最新技術', '領導品牌'],
     en=['best', 'no.1', 'number one', '#1', 'top-rated', 'leading', 'the only clinic', 'first in taiwan'])
more('AD_TESTIMONIAL', zh=['見證', '親身體驗', '親身分享', '使用心得', '體驗心得', '網友實測', '實測', '好評推薦', '網友推薦', '明星推薦',
                           '藝人推薦', '名人推薦', '代言', '推薦給大家', '真心推薦', '大推', '激推', '分享我的', '心得分享', '案例分享',
                           '顧客好評', '患者好評'],
     en=['testimonial', 'testimonials', 'celebrity', 'endorsed', 'patients rave', 'our patients say', 'real results'])
more('AD_BEFORE_AFTER', zh=['術前術後', '治療前後', '前後對比', '前後比較', '使用前後', '療程前後', '對比照', '前後照'],
     en=['before and after', 'before & after', 'before/after'])
more('LIABILITY_ADMISSION', zh=['負起責任', '負起全責', '負全責', '負完全責任', '是我們的疏失', '本院的疏失', '本診所的疏失', '醫療疏失',
                                '疏失所致', '我們的錯', '處置不當', '操作不當', '判斷錯誤', '承認疏失', '坦承疏失', '錯誤用藥', '給錯藥',
                                '是我們的錯', '確有疏失', '確實有疏失', '有所疏失', '人為疏失', '照護不周', '處理不當', '責無旁貸'],
     en=['our fault', 'our mistake', 'our error', 'we take full responsibility', 'we were negligent',
         'we made a mistake', 'we are responsible for', 'we accept responsibility', 'we admit'])
more('COMPENSATION_PROMISE', zh=['負擔醫療費用', '負擔所有醫療費用', '負擔全部醫療費用', '全額負擔', '同意賠償', '願意賠償', '達成和解',
                                 '已與家屬和解', '支付賠償', '賠償家屬', '全額退費', '給予賠償', '提供賠償', '負擔後續費用',
                                 '負擔相關費用', '承擔醫療費用', '賠償金', '和解金', '慰問金'],
     en=['we will compensate', 'we will reimburse', 'we will refund', 'we will pay for', 'we will cover',
         'reached a settlement', 'agreed to compensate', 'agreed to pay', 'full refund'])
more('LEGAL_THREAT', zh=['提告', '告你', '法律途徑', '追究法律', '法律追訴', '委請律師', '律師函', '訴諸法律', '提起訴訟', '依法追究',
                         '妨害名譽', '加重誹謗', '移送法辦', '法律行動', '採取法律', '保留法律'],
     en=['sue you', 'legal action', 'our attorney', 'our lawyer', 'our lawyers', 'defamation', 'libel', 'lawsuit',
         'see you in court', 'cease and desist'])
more('DEFAMATION_ACCUSE_LYING', zh=['說謊', '撒謊', '騙子', '造謠', '抹黑', '捏造', '不實指控', '惡意中傷', '顛倒是非', '胡說八道', '子虛烏有',
                                    '莫須有', '謊話', '睜眼說瞎話', '假評論', '惡意負評', '假帳號'],
     en=['liar', 'lying', 'lied', 'fabricated', 'made up', 'fake review', 'false review', 'not true', 'untrue'])
more('INSULT', zh=['奧客', '神經病', '瘋子', '腦袋有問題', '腦子有問題', '無理取鬧', '刁民', '低能', '白癡', '智障', '垃圾', '滾', '沒水準',
                   '沒教養', '有病', '去看精神科', '玻璃心', '酸民', '小人', '番', '盧'],
     en=['hallucinating', 'get a life', 'crazy', 'troll', 'idiot', 'stupid', 'psycho', 'delusional', 'level of intelligence',
         'moron', 'pathetic'])
more('CHARACTERISES_REVIEWER', zh=['惡意', '同業抹黑', '居心不良', '別有用心', '蓄意', '情緒化', '難搞', '找碴'],
     en=['malicious', 'troublemaker', 'difficult patient', 'disgruntled', 'competitor'])

RULE_CONCEPT = {}
for (rid, neg), ph in terms.items():
    cid = rid + ('_TERMS' if neg else '_FIXED')
    zh = ph['zh-TW'] + (extra[rid]['zh-TW'] if neg else [])
    en = ph['en'] + (extra[rid]['en'] if neg else [])
    RULE_CONCEPT.setdefault(rid, []).append((cid, neg))
    concept(cid, 'COMPLIANCE_TERMS', zh=zh, en=en)
for rid in extra:
    if (rid, True) not in terms:
        cid = rid + '_TERMS'
        concept(cid, 'COMPLIANCE_TERMS', zh=extra[rid]['zh-TW'], en=extra[rid]['en'])
        RULE_CONCEPT.setdefault(rid, []).append((cid, True))

# shadows for compliance terms found inside other words
SHADOW = {
    'AD_PROMOTION_TERMS': ['限時動態', '免費停車', '免費wifi', '免費諮詢專線', '免費電話', '0800', '折返', '折騰', '折磨', '骨折', '轉折',
                           '曲折', '周折', '挫折', '只要您', '只要有', '只要是', '只要身體', '只要出現', '僅需要', 'free to', 'feel free',
                           'free of charge to call', 'sale of', 'deal with', 'dealt with', 'gift of'],
    'AD_SUPERLATIVE_TERMS': ['第一線', '第一時間', '第一點', '第一年', '第一次', '第一天', '第一步', '第一個', '第一週', '第一階段',
                             '第一季', '第一項', '第一條', '第一章', '第一類', '第一優先', '第一手', '第一位病人', '唯一的辦法',
                             '唯一的方法', '唯一能做', 'best regards', 'best wishes', 'our best', 'all the best', 'do our best',
                             'best interest', 'best to', 'leading to', 'misleading', 'leading cause'],
    'AD_EFFICACY_GUARANTEE_TERMS': ['保證金', '不保證', '無法保證', '保證書', '保證人', '永久性的', 'no guarantee', 'cannot guarantee',
                                    "can't guarantee", 'not guaranteed', 'curious', 'cure-all'],
    'AD_NO_RISK_TERMS': ['無痛分娩'],
    'INSULT_TERMS': ['垃圾桶', '垃圾分類', '滾動', '翻滾', '番茄', '番號', '有病情', '有病歷', '有病人', '有病患', '有病史', '有病症',
                     '有病灶', '有病變', '盧森堡', '小人物', '沒有病', '番薯'],
    'DEFAMATION_ACCUSE_LYING_TERMS': ['not true for', 'made up of', 'made up my mind'],
    'CHARACTERISES_REVIEWER_TERMS': ['惡意程式'],
    'LEGAL_THREAT_TERMS': [],
}
for c in concepts:
    if c['id'] in SHADOW and SHADOW[c['id']]:
        c['shadows'] = SHADOW[c['id']]

concept('GIFT', 'PROMOTION', zh=['送', '贈', '加贈', '免費', '折', '抵', '抽', '現折', '優惠', '回饋'],
        en=['free', 'get', 'receive', 'discount', 'gift', 'off'],
        shadows=['送醫', '送急診', '送達', '送出申請', '護送', '運送', '傳送', '發送', '送件', '抽血', '抽脂', '抽痛', '抽菸', '抵達',
                 '抵抗', '大抵', '抽空', '折磨', '骨折', '挫折', 'get back', 'get in touch', 'get to', 'off the', 'day off'])
concept('PURCHASE', 'PROMOTION', zh=['買', '購買', '消費', '預約', '做療程', '療程', '加購', '儲值', '滿', '購'], en=['buy', 'purchase', 'book'])
concept('DISCOUNT_SHAPE', 'PROMOTION', shapes=[
    shape(['折'], before=[el(cls='DIGIT', mn=1, mx=2)], notAfter='磨騰返'),
    shape(['折'], before=[el(chars='一二三四五六七八九', mn=1, mx=2)], notBefore='轉曲周挫骨', notAfter='磨騰返'),
    shape(['% off', '%off'], before=[el(cls='DIGIT', mn=1, mx=2)]),
])
concept('PRICE_CUE', 'PROMOTION', zh=['只要', '僅需', '只需', '特價', '優惠價', '體驗價', '原價', '現在只要', '每堂', '一堂', '一次只要'],
        en=['only', 'just'])
concept('REVIEW_ACT', 'REVIEW_INCENTIVE', zh=['五星', '好評', '評論', '打卡', '按讚', '評價', '5星', '五顆星', '留言', '分享', 'google評論'],
        en=['5-star', 'five-star', '5 star', 'review', 'reviews', 'check in', 'check-in'])
concept('FIRST_PERSON_EXPERIENCE', 'TESTIMONIAL', zh=['我在這裡', '我在這家', '我做了', '我打了', '本人親自', '我自己也', '小編親自', '小編實際'],
        en=['i tried', 'i had my'])
concept('GOOD_RESULT', 'TESTIMONIAL', zh=['效果很好', '效果超好', '超滿意', '非常滿意', '變年輕', '年輕十歲', '瘦了', '好多了', '完全好了', '超推',
                                         '大推', '推推', '有感', '驚艷', '改善很多'],
        en=['amazing results', 'look years younger', 'love my results'])
concept('WE', 'CLINIC_REFERENCE', zh=['我們', '本院', '本診所', '院方', '診所', '敝院', '本中心'], en=['we', "we'll", 'our clinic'])
concept('COMMIT', 'COMMITMENT', zh=['會', '將', '願意', '負責', '已同意', '同意', '已', '決定', '承諾'], en=['will', 'shall', 'agree', 'agreed'])
concept('COMPENSATE', 'COMPENSATION', zh=['賠償', '補償', '退費', '退款', '負擔', '理賠', '和解', '支付'],
        en=['compensate', 'refund', 'reimburse', 'pay for', 'cover the cost', 'settle'])
concept('STAFF', 'STAFF', zh=['醫師', '醫生', '護理師', '護士', '員工', '櫃檯', '助理', '實習', '牙醫', '主治', '同仁', '人員', '職員'],
        en=['doctor', 'dr.', 'nurse', 'staff', 'employee', 'hygienist', 'assistant', 'receptionist'])
concept('DISCIPLINE', 'STAFF_DISCIPLINE', zh=['懲處', '記過', '記大過', '停職', '停診', '調離', '開除', '解僱', '解雇', '免職', '撤換', '處分'],
        en=['suspended', 'fired', 'terminated', 'disciplined', 'dismissed'])
concept('STAFF_DISCIPLINE', 'STAFF_DISCIPLINE', zh=['懲處失職人員', '懲處相關人員', '失職人員', '已將該名', '已予停職', '已停職', '予以停職',
                                                    '予以懲處', '依規定懲處', '已懲處', '已記過'])
concept('MEDIATION', 'MEDIATION', zh=['調解', '協商', '和解會議', '調處'], en=['mediation', 'mediator', 'settlement talks'])
concept('MEDIATION_CONTENT', 'MEDIATION', zh=['萬元', '元', '金額', '要求', '提出', '表示', '條件', '內容', '會議中', '時說', '開價', '索賠'],
        en=['asked', 'demanded', 'said', 'offered', 'amount'])
concept('SOCIAL_POST', 'SOCIAL_MEDIA', zh=['限時動態', 'ig', 'instagram', '臉書', 'fb', '發文', '貼文', '直播', '抖音', 'threads', '社群',
                                           'po文', '上傳', '拍照', '偷拍', '截圖', '打卡', '社交媒體', '網路上', '群組', 'dcard', 'ptt', '小紅書', 'tiktok'],
        en=['instagram', 'facebook', 'story', 'posted', 'tiktok', 'social media'])
concept('PATIENT_DATA', 'PATIENT_DATA', zh=['病人', '病患', '患者', '個資', '病歷', '病人照片', '病人資料', '就診資料', '檢查報告', '長相', '身體',
                                            '隱私', '私密處', '裸照'],
        en=['patients', 'patient', 'records', 'chart', 'photos of'])
concept('RECORD', 'PATIENT_DATA', zh=['病歷', '病歷資料', '個資', '檢查報告', '就診紀錄', '個人資料'], en=['medical records', 'records'])
concept('LEAK', 'DISCLOSURE', zh=['外洩', '公開', '洩漏', '洩露', '被看到', '上傳', '傳出去', '流出', '被貼', '外流', '給別人看', '亂放', '拍下'],
        en=['leaked', 'posted', 'shared', 'exposed'])
concept('DEATH', 'HARM_LADDER', zh=['死亡', '過世', '身亡', '往生', '離世', '不治', '猝死', '喪命', '送命', '病逝', '辭世', '沒有生命跡象',
                                    '宣告不治', '急救無效', '走了', '去世', '死掉', '死了'],
        en=['died', 'death', 'passed away', 'dead', 'killed'],
        shadows=['笑死', '氣死', '累死', '死忠', '死亡率', '死定', '熱死', '煩死', '餓死', '死命', '拖死', '嚇死', '痛死', '醜死', '死角',
                 '走了之後', '走了一趟', '走了進來', '走了出去', '走了很久', 'dead line', 'deadline', 'death rate'])
concept('CARDIAC_ARREST', 'HARM_LADDER', zh=['心跳停止', '心臟驟停', '心肺停止', 'ohca', '無呼吸心跳', 'cpr', '心肺復甦', '電擊', '葉克膜', 'ecmo',
                                             '心臟停止', '呼吸停止', '沒有呼吸'],
        en=['cardiac arrest', 'heart stopped', 'stopped breathing', 'resuscitation'])
concept('ORGAN_FAILURE', 'HARM_LADDER', zh=['器官衰竭', '多重器官衰竭', '腎衰竭', '肝衰竭', '呼吸衰竭', '心衰竭', '敗血症', '洗腎', '截肢', '腦死',
                                            '腦損傷', '缺氧性腦病變', '腦缺氧'],
        en=['organ failure', 'kidney failure', 'liver failure', 'sepsis', 'brain damage', 'amputation'])
concept('ICU', 'HARM_LADDER', zh=['加護病房', 'icu', '插管', '昏迷', '植物人', '重度昏迷', '意識不清', '轉加護'], en=['icu', 'intensive care', 'coma', 'intubated'])
concept('SEVERE_INJURY', 'HARM_LADDER', zh=['失明', '看不見', '視力受損', '癱瘓', '大出血', '休克', '過敏性休克', '神經受損', '顏面神經麻痺', '毀容',
                                            '燒傷', '灼傷', '壞死', '組織壞死', '破相', '永久傷害', '終身殘障', '殘廢', '失去知覺', '嚴重感染',
                                            '蜂窩性組織炎', '穿孔', '血流不止'],
        en=['went blind', 'lost my sight', 'paralyzed', 'paralysed', 'nerve damage', 'disfigured', 'burned', 'necrosis',
            'severe infection', 'permanent damage'])
concept('HOSPITALISATION', 'HARM_LADDER', zh=['送醫', '送急診', '掛急診', '急診', '住院', '救護車', '轉診大醫院', '轉院', '緊急送'],
        en=['hospitalized', 'hospitalised', 'emergency room', 'ambulance', 'admitted to hospital'])
concept('HARM_CONTEXT', 'CARE_CONTEXT', zh=['麻醉', '恢復室', '麻醉恢復室', '術後', '手術後', '治療後', '打完', '做完', '療程後', '拔牙後', '施打後',
                                            '抽脂', '隆乳', '醫美', '整形', '診所', '醫院', '醫師', '醫生', '醫美診所'],
        en=['after surgery', 'after the procedure', 'anesthesia', 'recovery room', 'clinic', 'doctor', 'after treatment'])
concept('HEARSAY', 'RUMOR_CUE', zh=['聽說', '據說', '傳言', '網傳', '有人說', '聽朋友說', '群組在傳', '轉傳', '瘋傳', '謠傳', '大家都說', '爆料', '傳聞',
                                    '好像有', '據傳', '消息指出', '流傳'],
        en=['i heard', 'rumor', 'rumour', 'people are saying', 'word is', 'going around'])
concept('SPREAD_CUE', 'SPREAD_CUE', zh=['大家不要去', '千萬不要去', '千萬別去', '不要再去', '快分享', '請分享', '拜託分享', '幫忙轉', '告訴大家', '幫轉',
                                        '大家小心', '請大家注意', '快轉給', '轉給親友', '分享出去', '讓更多人知道'],
        en=['share this', 'spread the word', 'tell everyone', 'stay away', 'warn everyone'])
concept('OUTBREAK', 'RUMOR_TOPIC', zh=['感染', '群聚', '傳染', '染疫', '細菌', '病毒', '共用針頭', '針頭重複', '重複使用', '不消毒', '沒消毒',
                                       '愛滋', '肝炎', '疥瘡', '退伍軍人', '院內感染', '爆發', '確診'],
        en=['infection', 'outbreak', 'reused needles', 'contaminated', 'not sterilized'])
concept('MISCONDUCT', 'STAFF_MISCONDUCT', zh=['罵病人', '嘲笑', '取笑', '八卦', '偷拍', '亂講', '公開病人', '拍病人', '嘲諷', '消遣', '洩漏病情',
                                              '談論病人', '評論病人', '笑病人'],
        en=['mocked', 'made fun of', 'gossip', 'laughed at'])
concept('RECORD_COMPLAINT', 'SERVICE', zh=['很久', '等很久', '亂', '錯', '不到', '搞錯', '沒登記', '被取消', '系統', '沒有叫號', '過號'],
        en=['lost', 'wrong', 'cancelled'])
concept('REGISTRATION', 'SERVICE', zh=['掛號', '報到', '叫號'], en=['check-in', 'appointment'])


# ---- corpus-driven generalisations (second pass) -------------------------------------------
def extend(cid, zh=(), en=(), shadows=(), shapes=()):
    for c in concepts:
        if c['id'] == cid:
            ph = c.setdefault('phrases', collections.OrderedDict())
            if zh: ph['zh-TW'] = list(dict.fromkeys(ph.get('zh-TW', []) + list(zh)))
            if en: ph['en'] = list(dict.fromkeys(ph.get('en', []) + list(en)))
            if shadows: c['shadows'] = list(dict.fromkeys(c.get('shadows', []) + list(shadows)))
            if shapes: c['shapes'] = c.get('shapes', []) + list(shapes)
            return
    raise KeyError(cid)
extend('NEGATION', shadows=['是不是', '是否', '不用擔心', '不必擔心', '不需擔心'])
extend('ADVISORY_CUE', zh=['不是零風險', '沒有任何一種', '沒有任何療法', '沒有任何治療', '不代表', '不符合醫學常識', '多加留意', '下架',
                           '不辦任何', '不是我們', '都不是', '不實', '請先向我們查證', '查證', '並不是', '答案是沒有'],
       en=['fake', 'warning', 'never run', 'may not advertise', 'no treatment is', 'is any', 'remind the public', 'not allowed'])
THIRD2 = []
for det in ['這位', '那位', '該名', '那個', '這個', '網友說的那位', '網友所說的', '貼文中的', '影片中的', '文中的']:
    for noun in ['太太', '先生', '媽媽', '爸爸', '阿伯', '阿嬤', '阿公', '阿姨', '女士', '小姐', '小朋友', '女性患者', '男性患者', '少女',
                 '老翁', '女性', '男性', '孩子', '小孩', '學生', '病人', '網友', '患者', '病患', '阿北', '長輩']:
        THIRD2.append(det + noun)
extend('PERSON_THIRD', zh=THIRD2 + ['該名', '原po', '原po所說', '網友所說', '送來的病人', '那位網友', '這位網友', '一名'],
       en=['the woman', 'the man', 'the patient she describes', 'the patient he describes', 'op', 'the op', 'your son',
           'your daughter', 'your child', 'your mother', 'your father', 'your wife', 'your husband', 'this person',
           'the woman in this video', 'the man in this video', 'this patient'])
extend('PATIENT_STATUS', zh=['是我們的長期病人', '我們的病人', '是本院病患', '確實是本院', '本院病患', '確實在本院', '確實在本診所', '查證後確認',
                             '我們的病人沒錯', '原po是我們', '在本院洗腎', '入院時', '送達急診時', '當天是', '我們的老顧客',
                             '預約沒來', '您預約', '您之前', '您去年', '您上次', '您當天'],
       en=['was our patient', 'is our patient', 'our patient', 'we saw you', 'treated here', 'treated at our clinic',
           'seen at our clinic', 'your last cleaning', 'your last appointment', 'your extraction', 'your checkup',
           'your consultation', 'your implant consultation', 'loyal patient', 'your six-month checkup', 'your insurance',
           'you received a bill', 'missed payments', 'prescription requests', 'your follow-ups', 'her follow-ups',
           'his follow-ups', 'skipped her', 'skipped his', 'as we discussed'])
concept('CLINIC_PRESENCE', 'CARE_RELATIONSHIP', zh=['在本院', '在本診所', '在院內', '來本院', '到本院', '於本院', '於本診所', '本院病患',
                                                   '在我們這', '來急診', '來打', '來拿', '來做', '來割', '來看', '到院', '入院'],
        en=['at our clinic', 'at our office', 'treated here', 'seen here', 'came in', 'here for'])
extend('CONDITION', zh=['心臟病史', '病史', '發燒', '高燒', '外傷', '喝醉', '酒醉', '過動', '腸病毒', '癌症末期', '末期', '膝蓋痛', '腳傷',
                        '跌倒', '血氧', '抗凝血劑', '服用', '高血壓的藥', '痘痘', '燒傷', '症狀', '沒有使用牙線', '沒有按時吃藥',
                        '沒有按時換藥', '體重過重', '胖', '智齒', '橫躺', '疫苗', '乳房切除', '心理', '精神', '藥', '術後感染', '傷口'],
       en=['anxiety', 'back pain', 'adhd', 'burns', 'cavity', 'mental health', 'gum disease', 'poor shape',
           'years of smoking', 'unstable', 'allergy', 'allergies', 'pain'])
concept('POSSESSIVE', 'PERSON_REFERENCE', zh=['您的', '你的', '妳的', '他的', '她的', '您在本院', '您去年', '您上次', '這位太太本身'],
        en=['your', 'his', 'her', 'their'])
extend('LIABILITY_ADMISSION_TERMS', zh=['疏失', '失職', '疏漏', '沒有做好', '才造成', '才會打錯', '才讓', '是我們的責任', '負起全部責任',
                                        '負起所有責任', '承擔全部責任', '判斷錯誤', '未依標準流程', '沒有確認', '未確認', '未核對',
                                        '沒有核對', '處理不當'],
       en=['failed to', 'dropped the ball', "that's on us", 'that is on us', 'we were wrong', 'our nurse failed',
           'take full responsibility', 'we are at fault'],
       shadows=['疏失與否', '是否有疏失', '有無疏失'])
extend('WE', zh=['院長', '診所', '我們會', '由我們', '都由我們'], en=['the clinic', "we'll", 'we will', 'we'])
extend('COMMIT', zh=['承諾', '都由', '由', '會把', '會全額', '全部'], en=["'ll", 'will', 'are going to'])
extend('COMPENSATE', zh=['承擔', '吸收', '退還', '給付', '負擔', '喪葬費用', '費用'], en=['reimburse', 'pay', 'cover', 'refund'])
extend('MEDIATION', zh=['調解會', '調解會議', '調解委員會', '醫療爭議調解'], en=['in mediation', 'mediation'])
extend('MEDIATION_CONTENT', zh=['承認', '同意', '願意', '降到', '紀錄', '百萬', '萬', '賠償金', '給付', '說', '表示', '拒絕', '接受'],
       en=['offered', 'turned it down', 'agreed', 'admitted', 'nt$'])
concept('SETTLEMENT', 'MEDIATION', zh=['達成和解', '和解', '和解金', '賠償金'], en=['settlement', 'settled'])
extend('INSULT_TERMS', zh=['瘋婆子', '低級', '心理一定有問題', '心理有問題', '可悲', '亂寫', '來亂的', '鬧過', '腦袋有問題', '服務不起',
                           '嫌東嫌西', '神經', '瘋', '白目', '沒大腦'],
       en=['basic intelligence', 'mentally unstable', 'mental health issues', 'unstable', 'get a life', 'clearly you have'])
extend('DEFAMATION_ACCUSE_LYING_TERMS', zh=['假負評', '假文章', '寫手', '找人寫', '不實評論', '假評論', '編故事', '造假', '亂掰', '捏造'],
       en=['made this whole story up', 'a lie', 'complete lie', 'made it up', 'making this up', 'fabricating'])
concept('NO_RISK_CLAIM', 'NO_RISK_CLAIM', zh=['不會痛', '不痛', '不會腫', '不會留疤', '不留疤', '不流血', '不腫脹', '不需要休養', '不需要任何恢復期',
                                              '不用休息', '不需休息', '不用開刀', '免開刀', '隔天照常上班', '打完就能上班', '不會有任何副作用',
                                              '不會有任何後遺症', '不用擔心任何後遺症', '不用擔心副作用', '不必擔心副作用', '不用擔心後遺症',
                                              '沒有風險', '一點風險都沒有', '安全無負擔', '零負擔', '醒來就完成', '沒有副作用', '無後遺症',
                                              '絕對自然', '不需要恢復期', '無需恢復期', '免休息', '完全不需要休養'],
        en=['no pain', 'no downtime', 'zero risk', 'nothing to worry about', 'no recovery time'])
concept('EFFICACY_CLAIM', 'EFFICACY_CLAIM', zh=['不會再復發', '再也不會復發', '不再復發', '從此告別', '維持一輩子', '一輩子不用', '終身保固',
                                                '根除', '徹底解決', '一次就能見效', '一次見效', '就能根除', '永不復胖', '保證', '一次就好',
                                                '從此不會', '一勞永逸', '終身有效'],
        en=['never worry about', 'again after', 'lasts a lifetime', 'permanently', 'forever'])
concept('TESTIMONIAL_CUE', 'TESTIMONIAL', zh=['真實回饋', '客戶回饋', '顧客回饋', '的分享', '真心話', '實際體驗', '實際走訪', '體驗後', '直呼',
                                              '指定找', '都指定', '也是我們的', '老顧客', '固定客人', '是我們的客人', '的客人', '真心推',
                                              '本文由診所提供', '業配', '同事都問', '朋友都說', '被同事問', '早知道就早點', '找回', '變年輕',
                                              '年輕十歲', '素顏出門', '心得', '她說', '他說', '說：'],
        en=["can't stop talking", 'read their stories', 'says her', 'says his', 'happy patients', 'tried our',
            'years younger', 'our happy', 'stories below'])
concept('TESTIMONIAL_SUBJECT', 'TESTIMONIAL', zh=['藝人', '明星', '女星', '男星', '網紅', 'youtuber', '部落客', '主持人', '空姐', '模特兒',
                                                  '患者', '客戶', '顧客', '媽咪', '陳姐', '林小姐', '小芳', '名人', '我們的療程', '本院'],
        en=['influencer', 'patients', 'says', 'celebrity'])
concept('BEFORE_AFTER_CUE', 'BEFORE_AFTER', zh=['做之前', '做完第', '之前', '之後', '前與', '後的', '比較', '差異', '差別', '一目了然', '左邊',
                                                '右邊', '左圖', '右圖', '術後剩', '抽脂前', '療程後', '照片給大家比較', '數字會說話', '看得出'],
        en=['vs.', 'vs', 'before:', 'after:', 'speaks for itself', 'difference'])
concept('BEFORE_AFTER_PAIR_A', 'BEFORE_AFTER', zh=['之前', '做之前', '前與', '左邊', '左圖', '抽脂前', '第一次', '術前', '治療前', '矯正前'],
        en=['before', 'day 1'])
concept('BEFORE_AFTER_PAIR_B', 'BEFORE_AFTER', zh=['之後', '做完', '後的', '右邊', '右圖', '術後', '第三次', '療程後', '治療後', '矯正後'],
        en=['after', 'day 30'])
concept('SUPERLATIVE_CLAIM', 'SUPERLATIVE', zh=['天花板', '沒有對手', '最多', '頂級', '最完美', '首台', '亞洲首', '全台首', '五星級', '頂規', '金獎',
                                                '搶先', '率先引進', '率先', '業界第一', '無人能比', '最高', '最強', '之最'],
        en=['world-class', 'highest success rate', 'top med spa', 'the top', 'the best', 'best in', 'unbeatable'],
        shadows=['最多只能', '最多可', '最高法院', '最多兩', '最多三', '最多一'])
concept('PROMO_CLAIM', 'PROMOTION', zh=['全免', '再送', '專屬價格', '專屬價', '減一千', '減五百', '半價', '加送', '再折', '就送', '點數',
                                        '累積', '折抵', '我們出', '募集中', '加入就送', '同行', '揪閨蜜', '揪團', '揪朋友', '第二堂', '第二人', '回娘家', '優待',
                                        '買', '贈'],
        en=['complimentary', 'on us', 'save', '% off', 'special:', 'for $', 'bring a friend', 'refer', 'members save'],
        shadows=['買單'])
concept('REVIEW_REWARD', 'REVIEW_INCENTIVE', zh=['兌換', '換贈品', '即可兌換', '就送', '可獲得', '領取'], en=['receive', 'get a free', 'get', '$20 off', 'off your'])

extend('AD_SUPERLATIVE_TERMS', shadows=['最好避免', '最好不要', '最好先', '最好在', '最好能', '最好是', '盡最大', '最大的努力', '最深的', '第一件事',
                                        '第一型', '第二型', '第一顆', '第一胎', 'leading up to', '唯一官方', '唯一的官方', 'first of all'])
extend('ADVISORY_CUE', zh=['沒有任何療法可以保證', '沒有任何治療可以保證', '不便透露', '無法透露', '不會在網路上討論', '無法在此回覆'],
       en=['neither confirm nor deny', 'do not discuss', "don't discuss", 'cannot discuss', "can't discuss", 'not able to discuss'])
extend('PATIENT_STATUS', shadows=['our patient relations', 'patient relations', 'our patients’ privacy', "our patients' privacy"])
extend('PERSON_THIRD', zh=['有位', '一位', '一個剛', '有個'])
extend('CONDITION', zh=['洗腎', '腎臟病', '腎病'])
extend('LEGAL_THREAT_TERMS', en=['our attorneys', 'attorneys', 'legal team'])
extend('PERSON_NAME', shapes=[shape(['dear '], after=[el(cls='LATIN', mn=2, mx=12), el(cls='SPACE', mn=1, mx=1), el(cls='LATIN', mn=2, mx=12)])])
concept('COST', 'COMPENSATION', zh=['費用', '醫療費', '醫藥費', '喪葬費', '療程費用', '換藥費用', '醫療費用'], en=['medical bills', 'costs', 'bills', 'expenses', 'funeral'])
extend('COMPENSATION_PROMISE_TERMS', zh=['都由我們吸收', '由我們吸收', '由本院吸收', '由診所負擔', '由本院負擔'])
concept('BA_LABEL_A', 'BEFORE_AFTER', en=['before:', 'day 1 vs', 'week 1 vs'], zh=['術前：', '之前：'])
concept('BA_LABEL_B', 'BEFORE_AFTER', en=['after:', 'speaks for itself', 'day 30', 'the difference'], zh=['術後：', '之後：'])

# ---- classification concepts (mentions) ------------------------------------------------------
out['guards'] = out['guards'] + ['急診室的', '急診室外', '笨死', '死了啦']
extend('DEATH', shadows=['笨死了', '笨死', '快累死', '嚇死人'])
extend('SEVERE_INJURY', shadows=['看不到三', '看不到五', '看不到十', '看不到兩', '看不到幾', '看不到一', '看不到人', '看不到醫生', '看不到醫師'])
concept('DOUBT', 'RUMOR_CUE', zh=['真的假的', '是真的嗎', '是不是真的', '有人知道嗎', '求解'], en=['is it true', 'is this true', 'anyone know if'])
concept('CREDENTIAL_CLAIM', 'RUMOR_TOPIC', zh=['沒有醫師執照', '沒有執照', '冒名頂替', '密醫', '假醫生', '執照被吊銷', '靠關係', '買來的學歷'],
        en=['lost his license', 'lost her license', 'no license', 'fake doctor', 'bought his degree', 'bought her degree', 'is a fake'])
extend('SEVERE_INJURY', zh=['看不到', '什麼都看不到', '視力只剩', '眼前一片霧', '視力全失', '失去視力', '聽不到', '失聰', '血一直止不住', '輸了兩袋血',
                            '輸血', '病危', '生命垂危', '命危', '抽筋', '癲癇'],
       en=['lost all vision', 'can no longer see', 'no longer see', 'critical condition', 'lost my hearing', 'seizure', 'seizures'])
extend('ORGAN_FAILURE', en=['liver failed', 'kidneys failed', 'organs failed'])
extend('HOSPITALISATION', zh=['送到兒童醫院', '住了三天', '住了', '送到大醫院', '轉到大醫院'])
extend('HARM_CONTEXT', zh=['吃了', '開的藥', '拔牙後', '做完'])
for c in concepts:
    if c['id'] == 'SEVERE_INJURY':
        c['phrases']['zh-TW'] = [x for x in c['phrases']['zh-TW'] if x not in ('燒傷', '灼傷')]
        c['phrases']['en'] = [x for x in c['phrases']['en'] if x != 'burned']
concept('INJURY', 'HARM_LADDER', zh=['瘀青', '發紫', '色素沉澱', '留疤', '凹凸不平', '不對稱', '歪掉', '眼皮下垂', '下垂', '麻了', '腫了', '水泡', '燙出',
                                     '燒傷', '灼傷', '斷在', '器械斷', '拔錯', '好好的牙', '才知道是', '才發現', '誤診', '抽神經', '失敗', '更亂',
                                     '縫得很醜', '還是痛', '一直痛', '打到血管', '感染', '發炎', '化膿', '傷口'],
        en=['damaged a nerve', 'numb', 'lumps', 'burned', 'dark marks', 'cemented', 'infection', 'wrong tooth', 'scar', 'scarring',
            'uneven', 'crooked', 'misdiagnosed'])
concept('PRIVACY_CUE', 'DISCLOSURE', zh=['看診紀錄', '寄錯人', '寄到我公司', '念出我的全名', '我的全名', '病歷號', '跟我媽講', '跟我家人講', '健檢報告',
                                         '抽血結果', '被陌生人', '寫出我做過的療程', '客戶資料外流', '資料外流', '保險業務打電話', '名牌都拍到',
                                         '看的科別', '年齡、職業', '一看就知道是誰', '超音波照片', '的事，診所', '全部門都知道'],
        en=['listed my diagnosis', 'looked up my chart', "someone else's lab results", 'voicemail about my treatment',
            'my diagnosis', 'my chart', 'lab results', 'shared my', 'told my'])
concept('MISCONDUCT_GRAVE', 'STAFF_MISCONDUCT', zh=['報警', '性騷擾', '摸我', '摸我大腿', '性侵', '推了我', '推了', '打人', '甩巴掌', '黃色笑話',
                                                    '有沒有男朋友', '私人line'],
        en=['touching my chest', 'touched me', 'slapping', 'groped', 'called the police', 'assault'])
extend('MISCONDUCT', zh=['罵我', '罵我女兒', '笨死了', '喝了酒', '酒味', '嗆', '偷拿', '擺臉色', '沒救了', '胖成這樣', '大吼', '亂丟', '耳背', '吵架',
                         '不爽就去告', '就該自己離職', '奇葩病人', '很會叫', '好醜', '推銷'],
       en=['smelling of alcohol', 'slurring', 'crazy old woman', 'called my wife', 'yelled', 'screamed', 'insulted'])
extend('HEARSAY', zh=['有人在', '有人說', '鄰居都在傳', '在傳', '瘋傳', '網傳', '社團說', '群組一直轉', '真的假的', '匿名帳號'],
       en=['someone claims', 'heard from a friend', 'claims the', 'falsely claims', 'viral post', 'someone in the'])
concept('AD_CONTEXT', 'ADVERTISING_CONTEXT', zh=['廣告', '粉專', 'ig', '業配', '打廣告', '廣告寫', '宣傳', '號稱', '寫「', '團購', '網紅', '對比照', '修過圖'],
        en=['ad ', 'ads', 'advertised', 'instagram', 'promised', 'claiming', 'free consultation', 'before/after', 'reviews page',
            'written by staff', 'hard sell'])
concept('AD_ANY', 'ADVERTISING_CLAIM', includes=[c['id'] for c in concepts if c['id'].startswith('AD_') and c['id'].endswith(('_TERMS', '_FIXED'))] + ['NO_RISK_CLAIM', 'EFFICACY_CLAIM', 'SUPERLATIVE_CLAIM'])
concept('SERVICE_CUE', 'SERVICE', zh=['結帳', '多收', '系統錯誤', '掛電話', '病歷影本', '效率', '滑手機', '上網查', '講電話', '催我', '打不進去', '當機',
                                      '廁所', '衛生紙', '改期', '沒通知', '白跑', '不聽人講話', '批價', '服務品質', '等很久', '候診', '加價',
                                      '推銷', '預約系統'],
        en=['billing', 'charged me twice', 'nobody answers', 'waiting room', 'the wait', 'explain the charges', 'call me back',
            'billing error', 'no updates', 'on hold'])
concept('MILD_NEGATIVE', 'NEGATIVE_REVIEW', zh=['三顆星', '3顆星', '普通', '普普', '還可以', '沒有特別', '沒有到那麼好', '沒有想像中', '沒那麼神',
                                                '沒有網路上說的', '效果沒有', '價格偏高', '沒有很明顯'],
        en=['not worth it', "won't be back", 'nothing special', "didn't see much difference", 'it was fine', 'just okay', 'meh'])
concept('MEDIA_CUE', 'MEDIA', zh=['podcast', '上節目', '節目', '收聽', '新聞部', '記者', '採訪', '電視台', '攝影機'],
        en=['tv crew', 'filming', 'camera crew', 'podcast', 'reporter', 'journalist', 'news'])

extend('NEGATION', zh=['無法保證', '不保證', '沒有任何療法可以保證', '沒有任何治療可以保證', '沒有任何優惠', '無任何優惠', '不提供任何優惠'])
concept('PERSON_PRONOUN', 'PERSON_REFERENCE', zh=['她', '他'], shadows=['他人', '其他', '他們', '她們', '吉他', '其它'])
extend('ADVISORY_CUE', zh=['請勿', '切勿', '禁止'], shadows=['請勿錯過', '請勿猶豫', '切勿錯過'])
for c in concepts:
    if c['id'] == 'PERSON_SPECIFIC':
        c['includes'] = c['includes'] + ['PERSON_PRONOUN']
concept('ADD_LINE', 'SOLICITATION', zh=['加line', '加入line', '加官方line', '加入官方line', '加line好友', '加官方line好友', '加入官方line好友', '加好友'])
concept('ASK', 'SOLICITATION', zh=['預約', '諮詢', '詢問'])
extend('LIABILITY_ADMISSION_TERMS', zh=['是我們的問題'])
out['concepts'] = concepts
out['frames'] = [
    {'id': 'NEGATED', 'concept': 'NEGATION', 'scope': 'CLAUSE', 'side': 'BEFORE', 'distance': 6},
    {'id': 'ADVISORY', 'concept': 'ADVISORY_CUE', 'scope': 'SENTENCE', 'side': 'ANY'},
    {'id': 'QUOTED_ADVISORY', 'concept': 'ADVISORY_CUE', 'scope': 'TEXT', 'side': 'ANY', 'quoted': True},
    {'id': 'CONDITIONAL', 'concept': 'CONDITIONAL_CUE', 'scope': 'CLAUSE', 'side': 'BEFORE'},
    {'id': 'QUESTION', 'concept': 'QUESTION_CUE', 'scope': 'CLAUSE', 'side': 'ANY'},
    {'id': 'SIGNAL_NEGATED', 'concept': 'NEGATION', 'scope': 'CLAUSE', 'side': 'BEFORE', 'distance': 2,
     'except': ['ABSENCE_COMPLAINT']},
]
rules = []
def crule(rid, ruleId, match, conceptlist, scope='TEXT', chars=None, unless=(), level=None, extra_levels=None, publicOnly=False, mn=None):
    r = collections.OrderedDict(id=rid, match=match, concepts=list(conceptlist), scope=scope)
    if chars: r['chars'] = chars
    if mn: r['min'] = mn
    if unless: r['unless'] = list(unless)
    r['ruleId'] = ruleId
    r['category'] = cat_by_rule.get(ruleId, CATS.get(ruleId))
    lv = {'PUBLIC': level or levels_by_rule.get(ruleId, 'BLOCK')}
    if extra_levels: lv.update(extra_levels)
    r['levels'] = lv
    if ruleId in basis_by_rule: r['legalBasis'] = basis_by_rule[ruleId]
    if publicOnly: r['publicOnly'] = True
    rules.append(r)
CATS = {'REVIEW_INCENTIVE': 'ADVERTISING', 'PII_PERSON_NAME': 'PERSONAL_DATA', 'INDIRECT_IDENTIFICATION': 'CONFIDENTIALITY'}
AD_FRAMES = ['NEGATED', 'ADVISORY', 'QUOTED_ADVISORY']
for rid, lst in RULE_CONCEPT.items():
    for cid, neg in lst:
        un = AD_FRAMES if neg else ['ADVISORY', 'QUOTED_ADVISORY']
        if rid in ('LIABILITY_ADMISSION', 'COMPENSATION_PROMISE', 'DEFAMATION_ACCUSE_LYING', 'INSULT', 'LEGAL_THREAT',
                   'CHARACTERISES_REVIEWER', 'CONFIRMS_PATIENT', 'HEALTH_INFO_DISCLOSURE', 'MEDIATION_DISCLOSURE'):
            un = ['NEGATED', 'QUOTED_ADVISORY'] if neg else ['QUOTED_ADVISORY']
        lvl = None
        xl = {'PRIVATE': 'INFO'} if rid in ('CONFIRMS_PATIENT', 'HEALTH_INFO_DISCLOSURE') else None
        crule(rid + '.terms' + ('' if neg else '.fixed'), rid, 'ANY_OF', [cid], unless=un, level=lvl, extra_levels=xl)
crule('AD_PROMOTION.bundle', 'AD_PROMOTION', 'SEQUENCE', ['PURCHASE', 'GIFT'], scope='CHARS', chars=12, unless=AD_FRAMES)
crule('AD_PROMOTION.discount', 'AD_PROMOTION', 'ANY_OF', ['DISCOUNT_SHAPE'], unless=AD_FRAMES)
crule('AD_PROMOTION.price', 'AD_PROMOTION', 'SEQUENCE', ['PRICE_CUE', 'AMOUNT'], scope='CHARS', chars=14, unless=AD_FRAMES)
crule('AD_TESTIMONIAL.experience', 'AD_TESTIMONIAL', 'SEQUENCE', ['FIRST_PERSON_EXPERIENCE', 'GOOD_RESULT'], scope='SENTENCE', unless=AD_FRAMES)
crule('REVIEW_INCENTIVE.trade', 'REVIEW_INCENTIVE', 'SEQUENCE', ['REVIEW_ACT', 'GIFT'], scope='CHARS', chars=16, unless=['ADVISORY', 'QUOTED_ADVISORY'])
crule('REVIEW_INCENTIVE.trade-back', 'REVIEW_INCENTIVE', 'SEQUENCE', ['GIFT', 'REVIEW_ACT'], scope='CHARS', chars=10, unless=['ADVISORY', 'QUOTED_ADVISORY', 'NEGATED'])
crule('CONFIRMS_PATIENT.status', 'CONFIRMS_PATIENT', 'ANY_OF', ['PATIENT_STATUS'], unless=['QUOTED_ADVISORY', 'ADVISORY', 'CONDITIONAL'], extra_levels={'PRIVATE': 'INFO'})
crule('CONFIRMS_PATIENT.second-person-visit', 'CONFIRMS_PATIENT', 'ALL_OF', ['PERSON_SECOND', 'VISIT'], scope='CLAUSE', unless=['CONDITIONAL', 'QUESTION'], extra_levels={'PRIVATE': 'INFO'})
crule('CONFIRMS_PATIENT.third-person-visit', 'CONFIRMS_PATIENT', 'ALL_OF', ['PERSON_THIRD', 'VISIT'], scope='SENTENCE', unless=['CONDITIONAL'], extra_levels={'PRIVATE': 'INFO'})
crule('CONFIRMS_PATIENT.third-person-procedure', 'CONFIRMS_PATIENT', 'ALL_OF', ['PERSON_THIRD', 'PROCEDURE'], scope='SENTENCE', unless=['CONDITIONAL'], extra_levels={'PRIVATE': 'INFO'})
crule('CONFIRMS_PATIENT.news-style', 'CONFIRMS_PATIENT', 'ANY_OF', ['NEWS_PERSON'], publicOnly=True)
crule('CONFIRMS_PATIENT.visit-time', 'CONFIRMS_PATIENT', 'ALL_OF', ['PERSON_SPECIFIC', 'VISIT_TIME', 'VISIT'], scope='SENTENCE', unless=['CONDITIONAL'], extra_levels={'PRIVATE': 'INFO'})
crule('HEALTH_INFO_DISCLOSURE.attributed', 'HEALTH_INFO_DISCLOSURE', 'SEQUENCE', ['PERSON_SPECIFIC', 'ATTRIBUTE_VERB', 'CONDITION'], scope='CHARS', chars=18, unless=['CONDITIONAL', 'QUESTION'], extra_levels={'PRIVATE': 'INFO'})
crule('HEALTH_INFO_DISCLOSURE.procedure', 'HEALTH_INFO_DISCLOSURE', 'SEQUENCE', ['PERSON_SPECIFIC', 'ATTRIBUTE_VERB', 'PROCEDURE'], scope='CHARS', chars=12, unless=['CONDITIONAL', 'QUESTION'], extra_levels={'PRIVATE': 'INFO'})
crule('LIABILITY_ADMISSION.discipline', 'LIABILITY_ADMISSION', 'ANY_OF', ['STAFF_DISCIPLINE'], unless=['QUOTED_ADVISORY'])
crule('LIABILITY_ADMISSION.staff-discipline', 'LIABILITY_ADMISSION', 'ALL_OF', ['STAFF', 'DISCIPLINE'], scope='SENTENCE', unless=['CONDITIONAL', 'NEGATED'])
crule('COMPENSATION_PROMISE.commitment', 'COMPENSATION_PROMISE', 'SEQUENCE', ['WE', 'COMMIT', 'COMPENSATE'], scope='CHARS', chars=16, unless=['NEGATED', 'CONDITIONAL'])
crule('MEDIATION_DISCLOSURE.content', 'MEDIATION_DISCLOSURE', 'SEQUENCE', ['MEDIATION', 'MEDIATION_CONTENT'], scope='CHARS', chars=16, unless=['NEGATED'])
crule('PII_PERSON_NAME.name', 'PII_PERSON_NAME', 'ANY_OF', ['PERSON_NAME'], extra_levels={'PRIVATE': 'INFO'})
crule('INDIRECT_IDENTIFICATION.quasi-identifiers', 'INDIRECT_IDENTIFICATION', 'COUNT_OF',
      ['PERSON_NAME', 'VISIT_TIME', 'PROCEDURE', 'AGE', 'AMOUNT', 'OCCUPATION', 'CLINIC_DOCTOR'], mn=2, publicOnly=True)


crule('AD_NO_RISK.claim', 'AD_NO_RISK', 'ANY_OF', ['NO_RISK_CLAIM'], unless=['ADVISORY', 'QUOTED_ADVISORY'])
crule('AD_EFFICACY_GUARANTEE.claim', 'AD_EFFICACY_GUARANTEE', 'ANY_OF', ['EFFICACY_CLAIM'], unless=['ADVISORY', 'QUOTED_ADVISORY', 'NEGATED'])
crule('AD_TESTIMONIAL.cue', 'AD_TESTIMONIAL', 'ANY_OF', ['TESTIMONIAL_CUE'], unless=['ADVISORY', 'QUOTED_ADVISORY', 'NEGATED'])
crule('AD_BEFORE_AFTER.pair', 'AD_BEFORE_AFTER', 'SEQUENCE', ['BEFORE_AFTER_PAIR_A', 'BEFORE_AFTER_PAIR_B'], scope='SENTENCE', unless=['ADVISORY', 'QUOTED_ADVISORY', 'CONDITIONAL'])
crule('AD_SUPERLATIVE.claim', 'AD_SUPERLATIVE', 'ANY_OF', ['SUPERLATIVE_CLAIM'], unless=['ADVISORY', 'QUOTED_ADVISORY', 'NEGATED'])
crule('AD_PROMOTION.claim', 'AD_PROMOTION', 'ANY_OF', ['PROMO_CLAIM'], unless=['ADVISORY', 'QUOTED_ADVISORY', 'NEGATED'])
crule('REVIEW_INCENTIVE.reward', 'REVIEW_INCENTIVE', 'SEQUENCE', ['REVIEW_ACT', 'REVIEW_REWARD'], scope='SENTENCE', unless=['ADVISORY', 'QUOTED_ADVISORY'])
crule('HEALTH_INFO_DISCLOSURE.person-condition', 'HEALTH_INFO_DISCLOSURE', 'ALL_OF', ['PERSON_SPECIFIC', 'CONDITION'], scope='CLAUSE', unless=['CONDITIONAL', 'QUESTION', 'ADVISORY'], extra_levels={'PRIVATE': 'INFO'})
crule('HEALTH_INFO_DISCLOSURE.third-condition', 'HEALTH_INFO_DISCLOSURE', 'ALL_OF', ['PERSON_THIRD', 'CONDITION'], scope='SENTENCE', unless=['CONDITIONAL', 'ADVISORY'], extra_levels={'PRIVATE': 'INFO'})
crule('HEALTH_INFO_DISCLOSURE.possessive', 'HEALTH_INFO_DISCLOSURE', 'SEQUENCE', ['POSSESSIVE', 'CONDITION'], scope='CHARS', chars=14, unless=['CONDITIONAL', 'QUESTION', 'ADVISORY'], extra_levels={'PRIVATE': 'INFO'})
crule('CONFIRMS_PATIENT.presence', 'CONFIRMS_PATIENT', 'ALL_OF', ['PERSON_THIRD', 'CLINIC_PRESENCE'], scope='SENTENCE', unless=['CONDITIONAL'], extra_levels={'PRIVATE': 'INFO'})
crule('CONFIRMS_PATIENT.possessive-procedure', 'CONFIRMS_PATIENT', 'SEQUENCE', ['POSSESSIVE', 'PROCEDURE'], scope='CHARS', chars=10, unless=['CONDITIONAL', 'QUESTION', 'ADVISORY'], extra_levels={'PRIVATE': 'INFO'})
crule('CONFIRMS_PATIENT.second-person-time', 'CONFIRMS_PATIENT', 'ALL_OF', ['PERSON_SECOND', 'VISIT_TIME', 'PROCEDURE'], scope='SENTENCE', unless=['CONDITIONAL'], extra_levels={'PRIVATE': 'INFO'})
crule('MEDIATION_DISCLOSURE.meeting', 'MEDIATION_DISCLOSURE', 'ALL_OF', ['MEDIATION', 'MEDIATION_CONTENT'], scope='SENTENCE', unless=['NEGATED', 'CONDITIONAL'])
crule('MEDIATION_DISCLOSURE.settlement', 'MEDIATION_DISCLOSURE', 'ALL_OF', ['SETTLEMENT', 'MEDIATION_CONTENT'], scope='SENTENCE', unless=['NEGATED', 'CONDITIONAL'])

crule('COMPENSATION_PROMISE.cost', 'COMPENSATION_PROMISE', 'SEQUENCE', ['COMMIT', 'COMPENSATE', 'COST'], scope='CHARS', chars=22, unless=['NEGATED', 'CONDITIONAL'])
crule('AD_BEFORE_AFTER.labels', 'AD_BEFORE_AFTER', 'SEQUENCE', ['BA_LABEL_A', 'BA_LABEL_B'], scope='CHARS', chars=80, unless=['ADVISORY', 'QUOTED_ADVISORY'])

crule('AD_SOLICITATION_IN_REPLY.line', 'AD_SOLICITATION_IN_REPLY', 'SEQUENCE', ['ADD_LINE', 'ASK'], scope='CHARS', chars=14, unless=['NEGATED'])

def srule(rid, typ, weight, match, conceptlist, scope='TEXT', chars=None, unless=('SIGNAL_NEGATED',), harm=0.0):
    r = collections.OrderedDict(id=rid, match=match, concepts=list(conceptlist), scope=scope)
    if chars: r['chars'] = chars
    if unless: r['unless'] = list(unless)
    if typ: r['type'] = typ
    r['weight'] = weight
    if harm: r['harm'] = harm
    rules.append(r)
srule('HARM_DEATH', 'MEDICAL_ACCIDENT', 0.9, 'ANY_OF', ['DEATH'], harm=0.3)
srule('HARM_CARDIAC_ARREST', 'MEDICAL_ACCIDENT', 0.9, 'ANY_OF', ['CARDIAC_ARREST'], harm=0.3)
srule('HARM_ORGAN_FAILURE', 'MEDICAL_ACCIDENT', 0.9, 'ANY_OF', ['ORGAN_FAILURE'], harm=0.3)
srule('HARM_ICU', 'MEDICAL_ACCIDENT', 0.8, 'ANY_OF', ['ICU'], harm=0.25)
srule('HARM_SEVERE_INJURY', 'MEDICAL_ACCIDENT', 0.8, 'ANY_OF', ['SEVERE_INJURY'], harm=0.25)
srule('HARM_HOSPITALISATION', 'MEDICAL_ACCIDENT', 0.6, 'ALL_OF', ['HOSPITALISATION', 'HARM_CONTEXT'], scope='SENTENCE', harm=0.15)
srule('RUMOR_HEARSAY_HARM', 'RUMOR_OR_DEFAMATION', 0.8, 'ALL_OF', ['HEARSAY', 'OUTBREAK'], scope='SENTENCE', unless=())
srule('RUMOR_HEARSAY', 'RUMOR_OR_DEFAMATION', 0.7, 'ANY_OF', ['HEARSAY'], unless=())
srule('RUMOR_DOUBT', 'RUMOR_OR_DEFAMATION', 0.4, 'ANY_OF', ['DOUBT'], unless=())
srule('RUMOR_CREDENTIALS', 'RUMOR_OR_DEFAMATION', 0.4, 'ANY_OF', ['CREDENTIAL_CLAIM'], unless=())
srule('DISPUTE_INJURY', 'MEDICAL_DISPUTE', 0.8, 'ANY_OF', ['INJURY'])
srule('PRIVACY_DISCLOSED', 'PRIVACY_BREACH', 0.8, 'ANY_OF', ['PRIVACY_CUE'])
srule('MISCONDUCT_GRAVE', 'STAFF_MISCONDUCT', 1.0, 'ANY_OF', ['MISCONDUCT_GRAVE'], harm=0.3)
srule('MISLEADING_AD_CLAIM', 'MISLEADING_ADVERTISING', 0.8, 'ALL_OF', ['AD_ANY', 'AD_CONTEXT'], scope='TEXT', unless=())
srule('MISLEADING_AD_CONTEXT', 'MISLEADING_ADVERTISING', 0.5, 'ANY_OF', ['AD_CONTEXT'], unless=())
srule('SERVICE_CUE', 'SERVICE_COMPLAINT', 0.7, 'ANY_OF', ['SERVICE_CUE'], unless=())
srule('NEGATIVE_MILD', 'NEGATIVE_REVIEW', 0.6, 'ANY_OF', ['MILD_NEGATIVE'], unless=())
srule('MEDIA_CUE', 'MEDIA_INQUIRY', 0.8, 'ANY_OF', ['MEDIA_CUE'], unless=())
srule('RUMOR_SPREAD', 'RUMOR_OR_DEFAMATION', 0.7, 'ANY_OF', ['SPREAD_CUE'], unless=())
srule('PRIVACY_STAFF_POST', 'PRIVACY_BREACH', 0.9, 'ALL_OF', ['STAFF', 'SOCIAL_POST', 'PATIENT_DATA'], scope='TEXT', unless=())
srule('MISCONDUCT_STAFF_POST', 'STAFF_MISCONDUCT', 0.8, 'ALL_OF', ['STAFF', 'SOCIAL_POST', 'PATIENT_DATA'], scope='TEXT', unless=())
srule('MISCONDUCT_STAFF', 'STAFF_MISCONDUCT', 0.7, 'ANY_OF', ['MISCONDUCT'])
srule('PRIVACY_RECORD_LEAK', 'PRIVACY_BREACH', 0.8, 'ALL_OF', ['RECORD', 'LEAK'], scope='SENTENCE')
srule('SERVICE_REGISTRATION', 'SERVICE_COMPLAINT', 0.4, 'ALL_OF', ['REGISTRATION', 'RECORD_COMPLAINT'], scope='CLAUSE')
out['rules'] = rules
out.pop('negations', None) if False else None
# the format-1 compliance lexicon now lives in the *_TERMS concepts
json.dump(out, open(dst, 'w'), ensure_ascii=False, indent=1)
print(len(concepts), 'concepts', len(rules), 'rules')
