package vn.mttq.sangtao.plan;

/**
 * A cascade step started the implementation of {@code count} recipients of a plan (published in the step's
 * transaction: a step rolled back started nobody).
 */
public record RecipientsStarted(Long planId, int count) {
}
