package io.github.crisispr.core.kpi;

/**
 * The catalogue of improvement recommendations: stable ids, the phase and metric each is attached
 * to, and our own zh-TW and English texts drawn from docs/crisis-practice.md (drills, training,
 * risk assessment, SOP review, monitoring keywords, spokesperson, review meetings, surveys).
 */
enum Advice {
  REC_HOLD_DRILLS(
      Phase.PREVENTION,
      "drillsHeld",
      "每年至少安排兩次危機情境演練,模擬負評湧入、記者來電與LINE群組流言,演練後記下卡關之處並修正流程。",
      "Run at least two crisis drills a year that rehearse a flood of bad reviews, a reporter's call"
          + " and a rumour in a LINE group; note where the team got stuck and fix the procedure."),
  REC_TRAIN_STAFF(
      Phase.PREVENTION,
      "staffTrained",
      "讓每位同仁都受過危機應對訓練:知道第一時間該通報誰、哪些話不對外說,並納入新進人員的到職課程。",
      "Train every staff member in crisis handling (whom to alert first, what never to say in"
          + " public) and make it part of onboarding."),
  REC_ASSESS_RISKS(
      Phase.PREVENTION,
      "lastRiskAssessment",
      "每年重新盤點風險:醫療爭議、服務抱怨、個資外洩與廣告用語,依發生機率與影響排序,逐項指定負責人。",
      "Reassess the risks every year (medical disputes, service complaints, data leaks, advertising"
          + " wording), rank them by likelihood and impact, and give each one an owner."),
  REC_REVIEW_SOP(
      Phase.PREVENTION,
      "sopLastReviewed",
      "每年及每次事件後檢視危機處理SOP,更新聯絡名單、分級標準與聲明範本,確保人人拿到最新版本。",
      "Review the crisis SOP every year and after each incident: refresh the contact list, the"
          + " severity grades and the statement templates, and make sure everyone has the latest"
          + " version."),
  REC_ADD_WATCH_TERMS(
      Phase.PREVENTION,
      "watchTermsConfigured",
      "擴充輿情監測關鍵字:診所全名與簡稱、醫師姓名、主要療程及常見的糾紛字眼,讓警訊更早浮現。",
      "Widen the monitoring keywords (the clinic's full and short names, the doctors' names, the"
          + " main treatments and common dispute words) so that warning signs surface sooner."),
  REC_FASTER_ALERTS(
      Phase.RESPONSE,
      KpiId.TIME_TO_ACKNOWLEDGE.id(),
      "建立即時通報與值班輪表,讓監測到的事件在一小時內就有負責人接手確認。",
      "Set up instant alerts and an on-call rota so that a named person picks up every detected"
          + " incident within an hour."),
  REC_HOLDING_STATEMENT(
      Phase.RESPONSE,
      KpiId.FIRST_PUBLIC_STATEMENT_WITHIN_1H_RATE.id(),
      "事先核可初步聲明範本並授權發言人,在事實查清前就能於一小時內公開表示已知悉、正在了解。",
      "Pre-approve holding-statement templates and empower the spokesperson to say publicly within"
          + " an hour that the clinic is aware and looking into it, before every fact is settled."),
  REC_SPOKESPERSON_TRAINING(
      Phase.RESPONSE,
      KpiId.PUBLIC_RESPONSE_WITHIN_24H_RATE.id(),
      "加強發言人訓練並堅守單一對外窗口,預演媒體與病患可能的提問,確保24小時內發出清楚一致的正式回應。",
      "Strengthen spokesperson training and keep to one voice; rehearse the questions of reporters"
          + " and patients so that a clear, consistent response goes out within 24 hours."),
  REC_STATUTORY_DEADLINES(
      Phase.RESPONSE,
      KpiId.STATUTORY_DEADLINES_MET_RATE.id(),
      "把法定期限(醫療事故說明、重大事故通報、個資外洩通知)放進共用行事曆並設定提醒,並及早諮詢法律顧問。",
      "Put the statutory clocks (the care explanation, the major-accident report, the breach"
          + " notice) into a shared calendar with reminders, and bring in legal counsel early."),
  REC_REPLY_TO_REVIEWS(
      Phase.RESPONSE,
      KpiId.REVIEW_RESPONSE_RATE.id(),
      "指定專人每天查看評論平台,以同理且不透露任何病情的方式回覆每則評論,並提供私下聯繫的管道。",
      "Have one person check the review sites every day and answer each review with empathy,"
          + " without revealing any health details, offering a private way to follow up."),
  REC_EARLIER_GRADING(
      Phase.RESPONSE,
      KpiId.ESCALATION_RATE.id(),
      "不少事件是事後才升級:評估時一併考量擴散速度與內容真實性,拿不定主意時就先採較高等級處理。",
      "Many incidents were escalated later on: weigh how fast it spreads and how true it is when"
          + " grading, and start at the higher level when in doubt."),
  REC_REVIEW_MEETINGS(
      Phase.RECOVERY,
      KpiId.POST_CRISIS_REVIEW_RATE.id(),
      "每件事件解決後兩週內召開檢討會議,請相關同仁一起找出根本原因,並把教訓寫回SOP與訓練教材。",
      "Hold a review meeting within two weeks of each resolved incident, find the root cause"
          + " together with everyone involved, and write the lessons back into the SOP and the"
          + " training material."),
  REC_FOLLOW_UP(
      Phase.RECOVERY,
      KpiId.REOPEN_RATE.id(),
      "事件重啟代表問題沒有真正解決:結案前先確認當事人的疑慮已被回應,並追蹤改善措施是否確實執行。",
      "A reopened incident means the problem was not really solved: before closing, confirm that"
          + " the person's concerns were answered and check that the fixes were carried out."),
  REC_REPAIR_REPUTATION(
      Phase.RECOVERY,
      KpiId.RATING_RECOVERY.id(),
      "評分還沒回到事件前的水準:持續改善服務細節、公開說明已做的改變,並穩定分享經查證的衛教資訊。",
      "Ratings have not returned to their earlier level: keep improving the details of the"
          + " service, explain openly what has changed, and keep sharing verified health"
          + " information."),
  REC_SATISFACTION_SURVEY(
      Phase.RECOVERY,
      KpiId.NPS.id(),
      "定期進行病患滿意度調查,針對低分回饋逐項改善,並讓病患知道改了什麼。",
      "Survey patient satisfaction regularly, act on each low score item by item, and let patients"
          + " know what changed.");

  final Phase phase;
  final String metric;
  final String zhTw;
  final String en;

  Advice(Phase phase, String metric, String zhTw, String en) {
    this.phase = phase;
    this.metric = metric;
    this.zhTw = zhTw;
    this.en = en;
  }

  Recommendation recommendation() {
    return new Recommendation(name(), phase, metric, zhTw, en);
  }
}
