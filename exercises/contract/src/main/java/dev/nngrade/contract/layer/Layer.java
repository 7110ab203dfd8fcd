package dev.nngrade.contract.layer;

/** 行ベクトルのバッチに作用するレイヤー / a layer on batches of row vectors: {@code [N][in] → [N][out]}. */
public interface Layer {
  /** 順伝播 / forward; keeps what backward needs and does not change {@code x}. */
  double[][] forward(double[][] x);

  /** 逆伝播 / backward: {@code dL/dx} from {@code dL/dout}; does not change {@code dout}. */
  double[][] backward(double[][] dout);
}
