package dev.opsmith.format.dockerfile;

import dev.opsmith.core.Span;

import java.util.List;
import java.util.Optional;

/** A build stage: a FROM and the instructions up to the next FROM. Immutable. */
public final class Stage {
    private final int index;
    private final String name;
    private final Instruction from;
    private final ImageRef image;
    private final List<Instruction> instructions;
    private final Span span;
    private final Stage baseStage;

    Stage(int index, String name, Instruction from, ImageRef image, List<Instruction> instructions, Span span, Stage baseStage) {
        this.index = index;
        this.name = name;
        this.from = from;
        this.image = image;
        this.instructions = List.copyOf(instructions);
        this.span = span;
        this.baseStage = baseStage;
    }

    /** 0-based position among the stages. */
    public int index() {
        return index;
    }

    /** The {@code AS} alias lower-cased, or null. */
    public String name() {
        return name;
    }

    /** The alias, or the index as text (how {@code COPY --from} refers to it). */
    public String nameOrIndex() {
        return name != null ? name : Integer.toString(index);
    }

    public Instruction from() {
        return from;
    }

    /** The FROM image (for a stage built on an earlier stage, its alias; see {@link #baseStage()}). */
    public ImageRef image() {
        return image;
    }

    /** From the FROM up to (not including) the next FROM. */
    public List<Instruction> instructions() {
        return instructions;
    }

    /** Instructions of the stage with this keyword (case-insensitive). */
    public List<Instruction> instructions(String keyword) {
        return instructions.stream().filter(i -> i.is(keyword)).toList();
    }

    /** The last instruction with this keyword. */
    public Optional<Instruction> last(String keyword) {
        for (int i = instructions.size() - 1; i >= 0; i--) if (instructions.get(i).is(keyword)) return Optional.of(instructions.get(i));
        return Optional.empty();
    }

    /** From the FROM to the end of the stage's last instruction. */
    public Span span() {
        return span;
    }

    /** The earlier stage this FROM names, if any. */
    public Optional<Stage> baseStage() {
        return Optional.ofNullable(baseStage);
    }

    /** The stage at the root of the FROM chain (this one when its FROM is an image). */
    public Stage rootStage() {
        Stage s = this;
        while (s.baseStage != null) s = s.baseStage;
        return s;
    }

    @Override
    public String toString() {
        return "stage " + nameOrIndex() + " FROM " + image.text();
    }
}
