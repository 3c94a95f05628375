package dev.opsmith.format.terraform.hcl;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Generic walks over the expression tree, so that later stages (reference graphs, rules looking for a function
 * call anywhere in a value) need not repeat a switch over every node type.
 */
public final class Expressions {

    private Expressions() {
    }

    /** The direct sub-expressions in source order, template parts included. */
    public static List<Expression> children(Expression e) {
        List<Expression> out = new ArrayList<>();
        if (e instanceof Expression.Template t) {
            addParts(t.parts(), out);
        } else if (e instanceof Expression.Tuple t) {
            out.addAll(t.elements());
        } else if (e instanceof Expression.ObjectCons o) {
            for (Expression.ObjectItem item : o.items()) {
                out.add(item.key());
                out.add(item.value());
            }
        } else if (e instanceof Expression.GetAttr g) {
            out.add(g.target());
        } else if (e instanceof Expression.Index i) {
            out.add(i.target());
            out.add(i.key());
        } else if (e instanceof Expression.Splat s) {
            out.add(s.source());
            out.add(s.each());
        } else if (e instanceof Expression.FunctionCall f) {
            out.addAll(f.arguments());
        } else if (e instanceof Expression.For f) {
            out.add(f.collection());
            if (f.keyExpression() != null) out.add(f.keyExpression());
            out.add(f.valueExpression());
            if (f.condition() != null) out.add(f.condition());
        } else if (e instanceof Expression.Conditional c) {
            out.add(c.condition());
            out.add(c.whenTrue());
            out.add(c.whenFalse());
        } else if (e instanceof Expression.Unary u) {
            out.add(u.operand());
        } else if (e instanceof Expression.Binary b) {
            out.add(b.left());
            out.add(b.right());
        } else if (e instanceof Expression.Parenthesized p) {
            out.add(p.expression());
        }
        return out;
    }

    private static void addParts(List<TemplatePart> parts, List<Expression> out) {
        for (TemplatePart part : parts) {
            if (part instanceof TemplatePart.Interpolation i) {
                out.add(i.expression());
            } else if (part instanceof TemplatePart.If i) {
                out.add(i.condition());
                addParts(i.thenParts(), out);
                addParts(i.elseParts(), out);
            } else if (part instanceof TemplatePart.For f) {
                out.add(f.collection());
                addParts(f.body(), out);
            }
        }
    }

    /** Visits the expression and all its descendants, parents before children, in source order. */
    public static void walk(Expression e, Consumer<Expression> visitor) {
        visitor.accept(e);
        for (Expression child : children(e)) walk(child, visitor);
    }

    /**
     * The static references in an expression, in source order, each as long as it goes
     * ({@code aws_s3_bucket.b.id}, not also {@code aws_s3_bucket.b}); bare object keys are names, not
     * references. Names bound by {@code for} expressions and directives are included like any other
     * variable; callers that care filter them.
     */
    public static List<Traversal> references(Expression e) {
        List<Traversal> out = new ArrayList<>();
        collectReferences(e, out);
        return out;
    }

    private static void collectReferences(Expression e, List<Traversal> out) {
        var traversal = Traversal.of(e);
        if (traversal.isPresent()) {
            out.add(traversal.get());
            return;
        }
        if (e instanceof Expression.ObjectCons o) {
            for (Expression.ObjectItem item : o.items()) {
                // a bare identifier key is a literal name, not a reference
                if (!(item.key() instanceof Expression.Variable)) collectReferences(item.key(), out);
                collectReferences(item.value(), out);
            }
            return;
        }
        for (Expression child : children(e)) collectReferences(child, out);
    }
}
