/**
 * Layers with forward and backward (lecture 001's computational graph, lecture 003's CNN). Each
 * implementation's public constructor is stated in its interface. {@code forward} keeps what {@code
 * backward} needs (確認テスト12: backward reuses what forward computed); {@code backward} is called
 * after {@code forward} on the same batch. Neither writes into its caller's arrays: {@code forward} never
 * changes {@code x}, {@code backward} never changes {@code dout}. Batches are rows: {@code
 * x[n]} is sample n.
 */
package dev.nngrade.contract.layer;
