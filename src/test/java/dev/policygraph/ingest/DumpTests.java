package dev.policygraph.ingest;
import org.junit.jupiter.api.Test;
class DumpTests {
    @Test void dump() {
        ArticleGraph g = new ArticleExtractor().extract(new ArticleInput(TestTexts.seed(), null, null));
        System.out.println("PUB " + g.publishedAt() + " " + g.publisher());
        g.officials().forEach(o -> System.out.println("OFF " + o.name() + " " + o.key() + " " + o.titles() + " " + (o.organization() == null ? null : o.organization().name())));
        g.organizations().forEach(o -> System.out.println("ORG " + o));
        g.initiatives().forEach(o -> System.out.println("INI " + o.name() + " " + o.key()));
        g.partOf().forEach(o -> System.out.println("PART " + o.childKey() + " < " + o.parentKey()));
        System.out.println("DOCS " + g.documents());
        for (MeetingItem m : g.meetings()) {
            System.out.println("MEET " + m.name() + " | " + m.key() + " | " + m.date() + " " + m.datePrecision() + " | " + m.form() + " | " + m.convenedBy());
            m.participants().forEach(p -> System.out.println("PART " + p.officialKey() + " " + p.role()));
            m.directives().forEach(d -> System.out.println("DIR " + d.text() + " | " + d.issuedBy() + " | " + d.verb()));
            m.relays().forEach(d -> System.out.println("REL " + d));
            m.venues().forEach(v -> System.out.println("VEN " + v.name() + " " + v.attendees().stream().map(OrganizationRef::name).toList()));
            m.tasks().forEach(t -> System.out.println("TASK " + t.kind() + " " + t.n() + " F=" + t.focus() + " G=" + t.goal() + " A=" + t.actions() + " by=" + t.setByKey() + " I=" + t.initiativeKeys()));
        }
        g.warnings().forEach(w -> System.out.println("WARN " + w.code() + " " + w.start()));
    }
}
