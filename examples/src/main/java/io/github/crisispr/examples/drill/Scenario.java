package io.github.crisispr.examples.drill;

import io.github.crisispr.core.Channel;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.deadline.DeadlineTrigger;
import java.util.List;

/** The kinds of crisis a drill rehearses, with our own bilingual mention texts. */
@SuppressWarnings(
    "ImmutableEnumChecker") // every list field holds a List.of(...), which is immutable
public enum Scenario {
  /** A rumor in a parents' LINE group about a wrong injection, picked up on Facebook. */
  LINE_RUMOR(
      CrisisType.RUMOR_OR_DEFAMATION,
      Channel.LINE_GROUP,
      Channel.FACEBOOK,
      List.of(DeadlineTrigger.INCIDENT_OPENED),
      "家長群組的打針謠言",
      "Injection rumor in a parents' group",
      List.of("聽說這間診所打錯針，有小朋友不舒服，大家先不要帶小孩去。", "群組都在轉傳，說小孩打完針昏迷送急診，到底是不是真的？", "黑心診所打錯針還不承認，大家幫忙轉傳！"),
      List.of(
          "I heard this clinic gave a child the wrong injection; keep your kids away for now.",
          "Everyone is forwarding this: a kid fainted after an injection and was rushed to the ER?",
          "Scam clinic gave the wrong shot and denies it, share this!")),
  /** A one-star Google review about waiting and attitude. */
  SERVICE_REVIEW(
      CrisisType.SERVICE_COMPLAINT,
      Channel.GOOGLE_REVIEW,
      Channel.GOOGLE_REVIEW,
      List.of(DeadlineTrigger.INCIDENT_OPENED, DeadlineTrigger.REVIEW_MENTION),
      "一星評論：等很久、態度差",
      "One-star review: long wait, rude staff",
      List.of("預約了還是等很久，櫃台態度很差，不推薦。", "我也是，等了一個多小時，問了還被兇。"),
      List.of(
          "Booked ahead and still waited forever; the front desk was rude. Not recommended.",
          "Same here, waited over an hour and got snapped at when I asked.")),
  /** A staff screenshot with patient data shared on Threads. */
  PRIVACY_SCREENSHOT(
      CrisisType.PRIVACY_BREACH,
      Channel.THREADS,
      Channel.FACEBOOK,
      List.of(DeadlineTrigger.INCIDENT_OPENED, DeadlineTrigger.BREACH_DISCOVERED),
      "員工截圖外流病人資料",
      "Staff screenshot leaks patient data",
      List.of("有人貼出診所系統的截圖，上面有病人的名字和病歷，個資外洩了吧？", "截圖已經被轉到好幾個社團，病歷資料都看得到。"),
      List.of(
          "Someone posted a screenshot of the clinic's system with patient names and medical records: a data leak?",
          "The screenshot is in several groups now; the medical records are readable.")),
  /** A reporter asks about an infection after surgery. */
  MEDIA_ACCIDENT(
      CrisisType.MEDICAL_ACCIDENT,
      Channel.FACEBOOK,
      Channel.NEWS_MEDIA,
      List.of(DeadlineTrigger.INCIDENT_OPENED, DeadlineTrigger.MEDICAL_ACCIDENT_CONFIRMED),
      "術後感染與媒體詢問",
      "Infection after surgery and a press inquiry",
      List.of("我媽在這裡開完刀後感染，現在住進加護病房。", "記者來電想採訪：是否有病人術後感染送醫？"),
      List.of(
          "My mother got an infection after surgery here and is now in intensive care.",
          "A reporter called asking for an interview: did a patient get an infection after surgery?")),
  /** A complaint that an advertisement promised results. */
  AD_COMPLAINT(
      CrisisType.MISLEADING_ADVERTISING,
      Channel.FACEBOOK,
      Channel.FORUM,
      List.of(DeadlineTrigger.INCIDENT_OPENED),
      "廣告不實的抱怨",
      "Complaint about misleading advertising",
      List.of("廣告說保證有效，做完根本沒用，根本是廣告不實。", "論壇上也有人說這間誇大療效。"),
      List.of(
          "The ad promised guaranteed results and it did nothing: false advertising.",
          "People on the forum say the same: they exaggerate results.")),
  /** A video of a nurse shouting at a patient. */
  STAFF_VIDEO(
      CrisisType.STAFF_MISCONDUCT,
      Channel.INSTAGRAM,
      Channel.FACEBOOK,
      List.of(DeadlineTrigger.INCIDENT_OPENED),
      "護理師罵人的影片",
      "Video of a nurse shouting at a patient",
      List.of("影片裡護理師罵人罵得很難聽，這樣對待病人可以嗎？", "影片已經被好幾個粉專分享。"),
      List.of(
          "In this video the nurse yelled at a patient; is that how patients are treated?",
          "The video has been shared by several pages."));

  private final CrisisType type;
  private final Channel channel;
  private final Channel escalationChannel;
  private final List<DeadlineTrigger> triggers;
  private final String titleZh;
  private final String titleEn;
  private final List<String> textsZh;
  private final List<String> textsEn;

  Scenario(
      CrisisType type,
      Channel channel,
      Channel escalationChannel,
      List<DeadlineTrigger> triggers,
      String titleZh,
      String titleEn,
      List<String> textsZh,
      List<String> textsEn) {
    this.type = type;
    this.channel = channel;
    this.escalationChannel = escalationChannel;
    this.triggers = triggers;
    this.titleZh = titleZh;
    this.titleEn = titleEn;
    this.textsZh = textsZh;
    this.textsEn = textsEn;
  }

  CrisisType type() {
    return type;
  }

  Channel channel() {
    return channel;
  }

  Channel escalationChannel() {
    return escalationChannel;
  }

  List<DeadlineTrigger> triggers() {
    return triggers;
  }

  String title(boolean zh) {
    return zh ? titleZh : titleEn;
  }

  List<String> texts(boolean zh) {
    return zh ? textsZh : textsEn;
  }
}
