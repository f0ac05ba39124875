/** A vendor's application module: it reads crisis-pr's exported packages and nothing else. */
module com.example.clinic {
  requires io.github.crisispr.rules; // the rule-based classifier and checker
  requires io.github.crisispr.templates; // the renderer; both bring io.github.crisispr.core
}
