package dev.opsmith.format.terraform.hcl;

import java.util.List;

/**
 * A compact, parenthesised rendering of the tree, for tests and debugging: {@code (+ a (* b 2))} shows the
 * grouping the parser chose without the reader having to walk records.
 */
public final class HclPrinter {

    private HclPrinter() {
    }

    /** One line per attribute and block, nested bodies indented by two spaces. */
    public static String print(Body body) {
        StringBuilder sb = new StringBuilder();
        print(body, "", sb);
        return sb.toString();
    }

    private static void print(Body body, String indent, StringBuilder sb) {
        for (BodyItem item : body.items()) {
            if (item instanceof Attribute a) {
                sb.append(indent).append(a.name()).append(" = ").append(print(a.value())).append('\n');
            } else if (item instanceof Block b) {
                sb.append(indent).append(b.type());
                for (Label label : b.labels()) {
                    sb.append(' ').append(label.quoted() ? quote(label.value()) : label.value());
                }
                sb.append(" {\n");
                print(b.body(), indent + "  ", sb);
                sb.append(indent).append("}\n");
            }
        }
    }

    /** The expression as an s-expression; literals and variables print bare. */
    public static String print(Expression e) {
        if (e instanceof Expression.NumberLiteral n) return n.text();
        if (e instanceof Expression.BoolLiteral b) return String.valueOf(b.value());
        if (e instanceof Expression.NullLiteral) return "null";
        if (e instanceof Expression.Variable v) return v.name();
        if (e instanceof Expression.SplatItem) return "_";
        if (e instanceof Expression.Template t) return template(t);
        if (e instanceof Expression.Tuple t) return "[" + join(t.elements(), ", ") + "]";
        if (e instanceof Expression.ObjectCons o) {
            StringBuilder sb = new StringBuilder("{");
            for (Expression.ObjectItem item : o.items()) {
                if (sb.length() > 1) sb.append(", ");
                sb.append(print(item.key())).append(" = ").append(print(item.value()));
            }
            return sb.append('}').toString();
        }
        if (e instanceof Expression.GetAttr g) return "(. " + print(g.target()) + " " + g.name() + ")";
        if (e instanceof Expression.Index i) return "([] " + print(i.target()) + " " + print(i.key()) + ")";
        if (e instanceof Expression.Splat s) {
            return "(" + (s.full() ? "[*]" : ".*") + " " + print(s.source()) + " " + print(s.each()) + ")";
        }
        if (e instanceof Expression.FunctionCall f) {
            return "(call " + f.name() + (f.arguments().isEmpty() ? "" : " " + join(f.arguments(), " "))
                    + (f.expandFinal() ? " ..." : "") + ")";
        }
        if (e instanceof Expression.For f) return forExpression(f);
        if (e instanceof Expression.Conditional c) {
            return "(? " + print(c.condition()) + " " + print(c.whenTrue()) + " " + print(c.whenFalse()) + ")";
        }
        if (e instanceof Expression.Unary u) return "(" + u.operator().symbol() + " " + print(u.operand()) + ")";
        if (e instanceof Expression.Binary b) {
            return "(" + b.operator().symbol() + " " + print(b.left()) + " " + print(b.right()) + ")";
        }
        if (e instanceof Expression.Parenthesized p) return "(paren " + print(p.expression()) + ")";
        throw new IllegalArgumentException("unknown expression " + e);
    }

    private static String forExpression(Expression.For f) {
        StringBuilder sb = new StringBuilder(f.producesObject() ? "{for " : "[for ");
        if (f.keyVariable() != null) sb.append(f.keyVariable()).append(", ");
        sb.append(f.valueVariable()).append(" in ").append(print(f.collection())).append(" : ");
        if (f.producesObject()) sb.append(print(f.keyExpression())).append(" => ");
        sb.append(print(f.valueExpression()));
        if (f.grouping()) sb.append("...");
        if (f.condition() != null) sb.append(" if ").append(print(f.condition()));
        return sb.append(f.producesObject() ? "}" : "]").toString();
    }

    private static String template(Expression.Template t) {
        return "\"" + parts(t.parts()) + "\"";
    }

    private static String parts(List<TemplatePart> parts) {
        StringBuilder sb = new StringBuilder();
        for (TemplatePart part : parts) {
            if (part instanceof TemplatePart.Literal l) {
                sb.append(escape(l.value()));
            } else if (part instanceof TemplatePart.Interpolation i) {
                sb.append("${").append(print(i.expression())).append('}');
            } else if (part instanceof TemplatePart.If i) {
                sb.append("%{if ").append(print(i.condition())).append('}').append(parts(i.thenParts()));
                if (i.hasElse()) sb.append("%{else}").append(parts(i.elseParts()));
                sb.append("%{endif}");
            } else if (part instanceof TemplatePart.For f) {
                sb.append("%{for ").append(f.keyVariable() == null ? "" : f.keyVariable() + ", ")
                        .append(f.valueVariable()).append(" in ").append(print(f.collection())).append('}')
                        .append(parts(f.body())).append("%{endfor}");
            }
        }
        return sb.toString();
    }

    private static String quote(String s) {
        return "\"" + escape(s) + "\"";
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t")
                .replace("\r", "\\r");
    }

    private static String join(List<Expression> list, String separator) {
        StringBuilder sb = new StringBuilder();
        for (Expression e : list) {
            if (sb.length() > 0) sb.append(separator);
            sb.append(print(e));
        }
        return sb.toString();
    }
}
