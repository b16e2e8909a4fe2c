package org.activationworkbench.nn;

/**
 * How the hidden layers of a network are put together: plain (dense → [norm] → activation per hidden layer) or
 * residual pre-norm blocks (x + W₂·f(W₁·norm(x)), as in pre-LayerNorm transformers and ResNets), and which
 * normalisation they use. {@link #PLAIN} is the classic MLP.
 *
 * <p>A residual network is: input dense layer (inputs → w) → one block per {@code --hidden} entry (all entries
 * equal: w is the residual stream's width) → a final norm of the stream (unless the norm is none, as GPT-2's last
 * LayerNorm) → output dense layer. Inside a block the hidden size is {@code inner}, or w when inner is 0.
 *
 * @param block plain or residual
 * @param norm  none, layer (LayerNorm per row over the features) or batch (BatchNorm per feature over the batch)
 * @param inner hidden size inside a residual block, 0 = the stream's width (plain networks ignore it)
 */
public record Architecture(Block block, Norm norm, int inner) {

    public static final Architecture PLAIN = new Architecture(Block.PLAIN, Norm.NONE, 0);

    public Architecture {
        if (block == null) block = Block.PLAIN;
        if (norm == null) norm = Norm.NONE;
        if (inner < 0) throw new IllegalArgumentException("the inner width of a residual block must be at least 1, got " + inner);
    }

    public Architecture(Block block, Norm norm) {
        this(block, norm, 0);
    }

    public Architecture withBlock(Block b) {
        return new Architecture(b, norm, inner);
    }

    public Architecture withNorm(Norm n) {
        return new Architecture(block, n, inner);
    }

    /** The hidden layer kinds (spelt as {@link org.activationworkbench.core.EnumText} says). */
    public enum Block { PLAIN, RESIDUAL }

    /** The normalisations. */
    public enum Norm { NONE, LAYER, BATCH }

    /** True for the classic MLP, which every file format and export has always described. */
    public boolean classic() {
        return block == Block.PLAIN && norm == Norm.NONE;
    }

    /** "residual pre-LayerNorm", "plain with BatchNorm", "plain" ... for summaries. */
    public String description() {
        String n = switch (norm) {
            case NONE -> "";
            case LAYER -> "LayerNorm";
            case BATCH -> "BatchNorm";
        };
        if (block == Block.RESIDUAL) return n.isEmpty() ? "residual (no norm)" : "residual pre-" + n;
        return n.isEmpty() ? "plain" : "plain with " + n;
    }
}
