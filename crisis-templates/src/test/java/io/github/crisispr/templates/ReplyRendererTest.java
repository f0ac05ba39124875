package io.github.crisispr.templates;

import static io.github.crisispr.templates.TestSupport.CLINIC;
import static io.github.crisispr.templates.TestSupport.EN;
import static io.github.crisispr.templates.TestSupport.ZH_TW;
import static io.github.crisispr.templates.TestSupport.context;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ComplianceReport;
import io.github.crisispr.core.Finding;
import io.github.crisispr.core.FindingCategory;
import io.github.crisispr.core.FindingLevel;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.ReplyContext;
import io.github.crisispr.core.Span;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ReplyRendererTest {
  private static final Vetting VETTING =
      new Vetting(List.of("AD_PROMOTION"), "TW", LocalDate.of(2026, 11, 22), "test-1");

  private final ReplyRenderer renderer =
      ReplyRenderer.builder().checker(TestSupport.builtInRules()).build();

  private static ReplyTemplate.Builder tpl(Locale l) {
    return ReplyTemplate.builder("test.one", Purpose.STATUS_UPDATE, l)
        .audiences(List.of(Audience.PUBLIC, Audience.PRIVATE))
        .channels(List.of(Channel.FACEBOOK, Channel.NEWS_MEDIA, Channel.EMAIL))
        .vetting(VETTING);
  }

  private static Map<String, String> map(String... kv) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  @Test
  void builderRefusesToBuildWithoutAChecker() {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> ReplyRenderer.builder().build());
    assertEquals("checker", e.field());
    ReplyRenderer.Builder b = ReplyRenderer.builder().checker((t, c) -> ComplianceReport.clean());
    assertThrows(InvalidInputException.class, () -> b.checker((t, c) -> ComplianceReport.clean()));
    TemplateCatalog cat = TemplateCatalog.builtIn();
    b.catalog(cat);
    assertThrows(InvalidInputException.class, () -> b.catalog(cat));
    assertSame(cat, b.build().catalog());
    assertThrows(InvalidInputException.class, () -> ReplyRenderer.builder().checker(null));
  }

  @Test
  void defaultsToTheBuiltInCatalogAndRendersByIdInTheContextLanguage() {
    assertSame(TemplateCatalog.builtIn(), renderer.catalog());
    Reply r =
        renderer.render(
            "holding-statement.general",
            map("nextUpdate", "2026-03-01T18:00"),
            context(Channel.FACEBOOK, Audience.PUBLIC, Locale.forLanguageTag("zh-Hant-TW")));
    assertTrue(r.text().startsWith("康禾診所已注意到"), r.text());
    assertTrue(r.text().contains("2026年3月1日（星期日）18:00前"), r.text());
    assertTrue(
        r.text().contains("本院的電話02-2345-6789與我們聯繫"), "the first official contact by default");
    assertEquals("holding-statement.general", r.templateId());
    assertEquals(2, r.templateVersion());
    assertEquals(ZH_TW, r.locale());
    assertEquals(Channel.FACEBOOK, r.channel());
    assertEquals(Audience.PUBLIC, r.audience());
    assertEquals(Reply.sha256Hex(r.text()), r.textSha256());
    assertSame(r.textSha256(), r.textSha256());
    assertFalse(r.toString().contains("康禾"), "toString never shows the text");

    Reply en =
        renderer.render(
            "holding-statement.general",
            map("nextUpdate", "2026-03-01T10:00Z", "contact", "@kanghe"),
            context(Channel.THREADS, Audience.PUBLIC, Locale.US));
    assertTrue(en.text().contains("1 March 2026, 18:00"), "offset converted to the clinic zone");
    assertTrue(en.text().contains("via our LINE official account @kanghe."), en.text());
  }

  @Test
  void sha256IsLowerCaseHexOfTheUtf8Text() {
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Reply.sha256Hex("abc"));
    assertEquals(
        "a6c6b2ac9a4b7b0bc9e6e4e3da9a1d8e2ddca4b15c2e9a6d49b1e1c2d2f26bde".length(),
        Reply.sha256Hex("康禾").length());
  }

  @Test
  void valuesAreEscapedForHtmlChannelsAndKeptForPlainOnes() {
    ReplyTemplate t =
        tpl(EN).slot(Slot.of("who", SlotKind.TEXT, 60)).body("Dear \"all\" & {who}'s team").build();
    Reply html =
        renderer.render(
            t, map("who", "Tom & Jerry's \"crew\""), context(Channel.EMAIL, Audience.PRIVATE, EN));
    assertEquals("<p>Dear \"all\" &amp; Tom &amp; Jerry's \"crew\"'s team</p>", html.text());
    Reply plain =
        renderer.render(
            t, map("who", "Tom & Jerry"), context(Channel.FACEBOOK, Audience.PUBLIC, EN));
    assertEquals("Dear \"all\" & Tom & Jerry's team", plain.text());
  }

  @Test
  void theFinalTextIsCheckedWithTheContext() {
    AtomicReference<String> seenText = new AtomicReference<>();
    AtomicReference<ReplyContext> seenCtx = new AtomicReference<>();
    ReplyRenderer spy =
        ReplyRenderer.builder()
            .checker(
                (text, ctx) -> {
                  seenText.set(text);
                  seenCtx.set(ctx);
                  return new ComplianceReport(
                      List.of(
                          new Finding(
                              "LEGAL_THREAT",
                              FindingLevel.WARN,
                              FindingCategory.DEFAMATION,
                              new Span(0, 1),
                              "x",
                              "m",
                              "b")));
                })
            .build();
    ReplyContext ctx = context(Channel.FACEBOOK, Audience.PUBLIC, EN);
    ReplyTemplate t = tpl(EN).slot(Slot.of("x", SlotKind.TEXT, 10)).body("A {x} B").build();
    Reply r = spy.render(t, map("x", "y"), ctx);
    assertEquals("A y B", seenText.get());
    assertSame(ctx, seenCtx.get());
    assertTrue(r.report().has("LEGAL_THREAT"), "warnings stay in the report");
  }

  @Test
  void blockFindingRaisesNonCompliantReplyWithReportAndDraft() {
    ReplyTemplate t = tpl(ZH_TW).slot(Slot.of("x", SlotKind.TEXT, 40)).body("說明：{x}").build();
    NonCompliantReplyException e =
        assertThrows(
            NonCompliantReplyException.class,
            () ->
                renderer.render(
                    t, map("x", "本月限時優惠"), context(Channel.FACEBOOK, Audience.PUBLIC, ZH_TW)));
    assertFalse(e.report().publishable());
    assertEquals("說明：本月限時優惠", e.draft());
    assertEquals("test.one", e.templateId());
    assertTrue(
        e.getMessage().contains(e.report().findings(FindingLevel.BLOCK).get(0).ruleId()),
        e.getMessage());
    assertFalse(e.getMessage().contains("優惠"), "the message never quotes the text");
  }

  @Test
  void slotSyntaxInsideValuesIsNeverInterpreted() {
    ReplyTemplate t =
        tpl(EN)
            .slot(Slot.of("a", SlotKind.TEXT, 40))
            .slot(Slot.of("b", SlotKind.TEXT, 40))
            .body("{a}|{b}|{{a}}")
            .build();
    assertEquals(
        "{b}|x|{a}",
        t.compiled().render(new String[] {"{b}", "x"}, io.github.crisispr.core.Markup.PLAIN));
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                renderer.render(
                    t, map("a", "{b}", "b", "x"), context(Channel.FACEBOOK, Audience.PUBLIC, EN)));
    assertEquals("values.a", e.field());
  }

  @Test
  void contactsMustBeOfficialAndClinicNamesTheClinics() {
    ReplyTemplate t =
        tpl(EN)
            .slot(Slot.of("clinic", SlotKind.CLINIC_NAME, 60))
            .slot(Slot.of("contact", SlotKind.CONTACT, 60))
            .body("{clinic}: {contact}")
            .build();
    ReplyContext ctx = context(Channel.FACEBOOK, Audience.PUBLIC, EN);
    assertEquals(
        "Kanghe Clinic: e-mail service@kanghe-clinic.tw",
        renderer
            .render(t, map("clinic", "Kanghe Clinic", "contact", "service@kanghe-clinic.tw"), ctx)
            .text());
    assertEquals(
        "康禾診所: our website https://www.kanghe-clinic.tw",
        renderer.render(t, map("contact", "https://www.kanghe-clinic.tw"), ctx).text());
    assertEquals(
        "values.contact",
        assertThrows(
                InvalidInputException.class,
                () -> renderer.render(t, map("contact", "0912-345-678"), ctx))
            .field());
    assertEquals(
        "values.clinic",
        assertThrows(
                InvalidInputException.class,
                () -> renderer.render(t, map("clinic", "Other Clinic"), ctx))
            .field());
    ReplyContext noContacts =
        new ReplyContext(
            Channel.FACEBOOK,
            Audience.PUBLIC,
            EN,
            io.github.crisispr.core.ClinicProfile.builder("bare", "Bare Clinic").build());
    assertEquals(
        "values.contact",
        assertThrows(InvalidInputException.class, () -> renderer.render(t, map(), noContacts))
            .field());
  }

  @Test
  void defaultContactFallsBackThroughLineIdsEmailsAndUrls() {
    ReplyTemplate t = tpl(EN).slot(Slot.of("c", SlotKind.CONTACT, 60)).body("at {c}").build();
    String[][] cases = {
      {"", "@line", "", "", "at our LINE official account @line"},
      {"", "", "a@b.tw", "", "at e-mail a@b.tw"},
      {"", "", "", "https://x.tw", "at our website https://x.tw"},
    };
    for (String[] c : cases) {
      var clinic =
          io.github.crisispr.core.ClinicProfile.builder("c", "C")
              .officialContacts(
                  new io.github.crisispr.core.OfficialContacts(
                      c[0].isEmpty() ? List.of() : List.of(c[0]),
                      c[1].isEmpty() ? List.of() : List.of(c[1]),
                      c[2].isEmpty() ? List.of() : List.of(c[2]),
                      c[3].isEmpty() ? List.of() : List.of(c[3])))
              .build();
      ReplyContext ctx = new ReplyContext(Channel.FACEBOOK, Audience.PUBLIC, EN, clinic);
      assertEquals(c[4], renderer.render(t, map(), ctx).text());
    }
  }

  @Test
  void kindsParseAndFormatPerLocale() {
    ReplyContext zh = context(Channel.FACEBOOK, Audience.PUBLIC, ZH_TW);
    ReplyContext en = context(Channel.FACEBOOK, Audience.PUBLIC, EN);
    ReplyTemplate tz =
        tpl(ZH_TW)
            .slot(Slot.of("d", SlotKind.DATE, 10))
            .slot(Slot.of("t", SlotKind.TIME, 5))
            .slot(Slot.of("n", SlotKind.NUMBER, 6))
            .slot(Slot.of("u", SlotKind.URL, 100))
            .body("{d}|{t}|{n}|{u}")
            .build();
    Map<String, String> v =
        map("d", "2026-12-05", "t", "07:05", "n", "120", "u", "https://WWW.kanghe-clinic.tw/a?b=1");
    assertEquals(
        "2026年12月5日|07:05|120|https://WWW.kanghe-clinic.tw/a?b=1",
        renderer.render(tz, v, zh).text());
    ReplyTemplate te =
        tpl(EN)
            .slot(Slot.of("d", SlotKind.DATE, 10))
            .slot(Slot.of("t", SlotKind.TIME, 5))
            .slot(Slot.of("n", SlotKind.NUMBER, 6))
            .slot(Slot.of("u", SlotKind.URL, 100))
            .body("{d}|{t}|{n}|{u}")
            .build();
    assertEquals(
        "5 December 2026|07:05|120|https://WWW.kanghe-clinic.tw/a?b=1",
        renderer.render(te, v, en).text());
    String[][] bad = {
      {"d", "2026-13-01"},
      {"t", "7pm"},
      {"n", "12a"},
      {"u", "http://www.kanghe-clinic.tw"},
      {"u", "https://evil.example/"},
      {"u", "https://user@www.kanghe-clinic.tw/"},
      {"u", "https://www.kanghe-clinic.tw/%zz"},
      {"u", "mailto:x"},
    };
    for (String[] b : bad) {
      Map<String, String> values = new HashMap<>(v);
      values.put(b[0], b[1]);
      InvalidInputException e =
          assertThrows(InvalidInputException.class, () -> renderer.render(te, values, en), b[1]);
      assertEquals("values." + b[0], e.field());
    }
    ReplyTemplate dt = tpl(EN).slot(Slot.of("x", SlotKind.DATE_TIME, 30)).body("{x}").build();
    assertEquals(
        "9 March 2026, 08:15", renderer.render(dt, map("x", "2026-03-09T08:15:00"), en).text());
    assertEquals(
        "10 March 2026, 00:45", renderer.render(dt, map("x", "2026-03-09T14:45-02:00"), en).text());
    assertEquals(
        "values.x",
        assertThrows(
                InvalidInputException.class, () -> renderer.render(dt, map("x", "tomorrow"), en))
            .field());
  }

  @Test
  void slotValueRules() {
    ReplyContext ctx = context(Channel.FACEBOOK, Audience.PUBLIC, EN);
    ReplyTemplate t =
        tpl(EN)
            .slot(new Slot("a", SlotKind.TEXT, true, 5, List.of("one", "two")))
            .slot(new Slot("b", SlotKind.TEXT, false, 10, List.of()))
            .body("[{a}][{b}]")
            .build();
    assertEquals("[one][]", renderer.render(t, map("a", "one"), ctx).text(), "optional left out");
    String[][] bad = {
      {"a", "three"}, {"a", "toolong"}, {"a", " "}, {"b", "x\ny"}, {"b", "a\u200Bb"}
    };
    for (String[] b : bad) {
      Map<String, String> values = map("a", "one");
      values.put(b[0], b[1]);
      assertEquals(
          "values." + b[0],
          assertThrows(InvalidInputException.class, () -> renderer.render(t, values, ctx)).field());
    }
    assertEquals(
        "values.a",
        assertThrows(InvalidInputException.class, () -> renderer.render(t, map(), ctx)).field());
    assertEquals(
        "values.zz",
        assertThrows(
                InvalidInputException.class,
                () -> renderer.render(t, map("a", "one", "zz", "1"), ctx))
            .field());
    Map<String, String> nullKey = map("a", "one");
    nullKey.put(null, "x");
    assertEquals(
        "values",
        assertThrows(InvalidInputException.class, () -> renderer.render(t, nullKey, ctx)).field());
    String longKey = "k".repeat(60);
    assertTrue(
        assertThrows(
                InvalidInputException.class,
                () -> renderer.render(t, map("a", "one", longKey, "1"), ctx))
            .field()
            .endsWith("…"));
    assertThrows(InvalidInputException.class, () -> renderer.render(t, null, ctx));
    assertThrows(InvalidInputException.class, () -> renderer.render(t, map(), null));
    assertThrows(
        InvalidInputException.class, () -> renderer.render((ReplyTemplate) null, map(), ctx));
    assertThrows(InvalidInputException.class, () -> renderer.render((String) null, map(), ctx));
  }

  @Test
  void channelAudienceAndLanguageMustFitTheTemplate() {
    ReplyTemplate t = tpl(EN).body("Hello").build();
    assertEquals(
        "context.channel",
        assertThrows(
                InvalidInputException.class,
                () -> renderer.render(t, map(), context(Channel.THREADS, Audience.PUBLIC, EN)))
            .field());
    assertEquals(
        "context.audience",
        assertThrows(
                InvalidInputException.class,
                () -> renderer.render(t, map(), context(Channel.FACEBOOK, Audience.PRIVATE, EN)))
            .field());
    assertEquals(
        "context.audience",
        assertThrows(
                InvalidInputException.class,
                () -> renderer.render(t, map(), context(Channel.EMAIL, Audience.INTERNAL, EN)))
            .field());
    assertEquals(
        "context.locale",
        assertThrows(
                InvalidInputException.class,
                () -> renderer.render(t, map(), context(Channel.EMAIL, Audience.PRIVATE, ZH_TW)))
            .field());
    assertEquals(
        "templateId",
        assertThrows(
                InvalidInputException.class,
                () ->
                    renderer.render(
                        "no.such",
                        map(),
                        context(Channel.EMAIL, Audience.PRIVATE, Locale.JAPANESE)))
            .field());
    assertEquals(
        "<p>Hello</p>",
        renderer.render(t, map(), context(Channel.EMAIL, Audience.PRIVATE, Locale.UK)).text());
  }

  @Test
  void clinicProfileIsNotLeakedInErrors() {
    ReplyTemplate t = tpl(EN).slot(Slot.of("c", SlotKind.CLINIC_NAME, 60)).body("{c}").build();
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                renderer.render(
                    t,
                    map("c", "Someone Private"),
                    context(Channel.FACEBOOK, Audience.PUBLIC, EN)));
    assertFalse(e.getMessage().contains("Someone"));
    assertTrue(e.getMessage().contains(CLINIC.id()));
  }

  @Test
  void vetChecksAFreeTextDraftOnTheTemplatePath() {
    ReplyContext fb = context(Channel.FACEBOOK, Audience.PUBLIC, ZH_TW);
    Reply ok = renderer.vet("謝謝您的意見，我們會轉給相關同仁檢討。", fb);
    assertEquals("謝謝您的意見，我們會轉給相關同仁檢討。", ok.text());
    assertEquals(null, ok.templateId());
    assertEquals(0, ok.templateVersion());
    assertEquals(Channel.FACEBOOK, ok.channel());
    assertEquals(Audience.PUBLIC, ok.audience());
    assertEquals(ZH_TW, ok.locale());
    assertEquals(Reply.sha256Hex(ok.text()), ok.textSha256());
    assertTrue(ok.toString().contains("(draft)"), ok.toString());

    Reply html =
        renderer.vet(
            "Dear reader,\r\n\r\nWe're sorry to hear this & will look into it.\nThanks.",
            context(Channel.EMAIL, Audience.PRIVATE, EN));
    assertEquals(
        "<p>Dear reader,</p>\n<p>We're sorry to hear this &amp; will look into it.<br>\n"
            + "Thanks.</p>",
        html.text());

    NonCompliantReplyException e =
        assertThrows(NonCompliantReplyException.class, () -> renderer.vet("感謝您選擇本院，本月限時優惠。", fb));
    assertEquals(null, e.templateId());
    assertEquals("感謝您選擇本院，本月限時優惠。", e.draft());
    assertTrue(e.report().has("CONFIRMS_PATIENT"));
    assertTrue(e.getMessage().startsWith("free-text draft is not publishable"), e.getMessage());
    assertFalse(e.getMessage().contains("優惠"));
    assertEquals(
        "draft", assertThrows(InvalidInputException.class, () -> renderer.vet(" ", fb)).field());
    assertThrows(InvalidInputException.class, () -> renderer.vet(null, fb));
    assertThrows(InvalidInputException.class, () -> renderer.vet("x", null));
  }

  @Test
  void aTemplateWithoutAVettingRecordRendersAndIsCheckedLikeAnyOther() {
    ReplyTemplate draft =
        ReplyTemplate.builder("vendor.draft", Purpose.STATUS_UPDATE, EN)
            .audiences(List.of(Audience.PUBLIC))
            .channels(List.of(Channel.FACEBOOK))
            .slot(Slot.of("x", SlotKind.TEXT, 40))
            .body("Note: {x}.")
            .build();
    assertTrue(draft.vetting().isEmpty());
    ReplyContext ctx = context(Channel.FACEBOOK, Audience.PUBLIC, EN);
    assertEquals(
        "Note: the clinic is open.",
        renderer.render(draft, map("x", "the clinic is open."), ctx).text());
    assertThrows(
        NonCompliantReplyException.class,
        () -> renderer.render(draft, map("x", "20% discount"), ctx));
  }

  @Test
  void freeTextLosesTrailingSentencePunctuationSoItNeverDoubles() {
    ReplyTemplate t = tpl(ZH_TW).slot(Slot.of("x", SlotKind.TEXT, 40)).body("說明：{x}。").build();
    ReplyContext ctx = context(Channel.FACEBOOK, Audience.PUBLIC, ZH_TW);
    for (String v : List.of("門診照常", "門診照常。", "門診照常！", " 門診照常.。 ", "門診照常．")) {
      assertEquals("說明：門診照常。", renderer.render(t, map("x", v), ctx).text(), v);
    }
    assertEquals(
        "values.x",
        assertThrows(InvalidInputException.class, () -> renderer.render(t, map("x", "。。"), ctx))
            .field());
    assertEquals(
        "allowedValues[0]",
        assertThrows(
                InvalidInputException.class,
                () -> new Slot("y", SlotKind.TEXT, true, 10, List.of("結束。")))
            .field());
  }

  @Test
  void contactsAreLabelledByKindAndDefaultToTheChannelsOwn() {
    ReplyTemplate zh =
        tpl(ZH_TW).slot(Slot.of("c", SlotKind.CONTACT, 60)).body("請透過{c}聯繫。").build();
    ReplyTemplate zhLine =
        ReplyTemplate.builder("test.line", Purpose.STATUS_UPDATE, ZH_TW)
            .audiences(List.of(Audience.PUBLIC))
            .channels(List.of(Channel.LINE_GROUP))
            .slot(Slot.of("c", SlotKind.CONTACT, 60))
            .body("請透過{c}聯繫。")
            .build();
    ReplyContext fb = context(Channel.FACEBOOK, Audience.PUBLIC, ZH_TW);
    assertEquals("請透過電話02-2345-6789聯繫。", renderer.render(zh, map(), fb).text());
    assertEquals(
        "請透過LINE官方帳號@kanghe聯繫。",
        renderer.render(zhLine, map(), context(Channel.LINE_GROUP, Audience.PUBLIC, ZH_TW)).text());
    assertEquals(
        "<p>請透過電子郵件信箱service@kanghe-clinic.tw聯繫。</p>",
        renderer.render(zh, map(), context(Channel.EMAIL, Audience.PRIVATE, ZH_TW)).text());
    assertEquals(
        "請透過官方網站https://www.kanghe-clinic.tw聯繫。",
        renderer.render(zh, map("c", "https://www.kanghe-clinic.tw"), fb).text());
    ReplyContext bare =
        new ReplyContext(
            Channel.FACEBOOK,
            Audience.PUBLIC,
            ZH_TW,
            io.github.crisispr.core.ClinicProfile.builder("bare", "Bare Clinic").build());
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> renderer.render(zh, map(), bare));
    assertEquals("values.c", e.field());
    assertTrue(e.getMessage().contains("clinic bare has no official contact"), e.getMessage());
    assertTrue(e.getMessage().contains("FACEBOOK") && e.getMessage().contains("officialContacts"));
  }

  @Test
  void englishTextsNameTheClinicByItsEnglishNameWhenTheProfileHasOne() {
    ReplyTemplate en =
        tpl(EN).slot(Slot.of("n", SlotKind.CLINIC_NAME, 60)).body("From {n}.").build();
    ReplyTemplate zh =
        tpl(ZH_TW).slot(Slot.of("n", SlotKind.CLINIC_NAME, 60)).body("{n}敬上。").build();
    io.github.crisispr.core.ClinicProfile named =
        CLINIC.toBuilder().englishName("Kanghe Family Clinic").build();
    ReplyContext enCtx = new ReplyContext(Channel.FACEBOOK, Audience.PUBLIC, EN, named);
    assertEquals("From Kanghe Family Clinic.", renderer.render(en, map(), enCtx).text());
    assertEquals(
        "康禾診所敬上。",
        renderer
            .render(zh, map(), new ReplyContext(Channel.FACEBOOK, Audience.PUBLIC, ZH_TW, named))
            .text());
    assertEquals(
        "From Kanghe Family Clinic.",
        renderer.render(en, map("n", "Kanghe Family Clinic"), enCtx).text());
    assertEquals(
        "From 康禾診所.",
        renderer.render(en, map(), context(Channel.FACEBOOK, Audience.PUBLIC, EN)).text(),
        "without an English name, the registered name");
  }

  @Test
  void htmlBodiesAreSetInParagraphsAndZhDateTimesNeedNoSpace() {
    ReplyTemplate t =
        tpl(ZH_TW)
            .slot(Slot.of("when", SlotKind.DATE_TIME, 30))
            .body("說明如下。\n\n下一段：{when}前\n另一行。")
            .build();
    Map<String, String> v = map("when", "2026-03-02T09:30");
    assertEquals(
        "<p>說明如下。</p>\n<p>下一段：2026年3月2日（星期一）09:30前<br>\n另一行。</p>",
        renderer.render(t, v, context(Channel.NEWS_MEDIA, Audience.PUBLIC, ZH_TW)).text());
    assertEquals(
        "說明如下。\n\n下一段：2026年3月2日（星期一）09:30前\n另一行。",
        renderer.render(t, v, context(Channel.FACEBOOK, Audience.PUBLIC, ZH_TW)).text());
  }

  @Test
  void bannedConceptsAreCheckedOnFreeTextOnly() {
    BannedConcept sol = new BannedConcept("SOLICITATION", "T-AD-0", List.of("book now"));
    ReplyTemplate t =
        tpl(EN)
            .slot(Slot.of("x", SlotKind.TEXT, 60))
            .slot(new Slot("y", SlotKind.TEXT, true, 60, List.of("book now please")))
            .bannedConcept(sol)
            .body("{x} {y}")
            .build();
    ReplyContext ctx = context(Channel.FACEBOOK, Audience.PUBLIC, EN);
    assertEquals(
        "fine book now please",
        renderer.render(t, map("x", "fine", "y", "book now please"), ctx).text());
    assertEquals(
        "values.x",
        assertThrows(
                InvalidInputException.class,
                () -> renderer.render(t, map("x", "Book Now!", "y", "book now please"), ctx))
            .field());
    assertEquals(List.of(sol), t.bannedConcepts());
    assertThrows(
        InvalidInputException.class,
        () -> tpl(EN).body("x").bannedConcept(sol).bannedConcept(sol).build());
    assertThrows(InvalidInputException.class, () -> new BannedConcept("A", "T", List.of()));
    assertThrows(InvalidInputException.class, () -> new BannedConcept("A", "T", List.of(" ")));
  }
}
