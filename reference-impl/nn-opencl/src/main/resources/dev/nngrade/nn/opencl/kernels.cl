// nngrade's OpenCL kernels: the element-wise, reduction, window and optimizer kernels of the
// backend SPI (GEMM is CLBlast's). Compiled with -D REAL=float or -D REAL=double (+ USE_DOUBLE).
// Every kernel computes each output element on one work-item, with the operations in the order the
// CPU backend uses, so float64 results agree with it to rounding of exp/log/tanh at most.
#ifdef USE_DOUBLE
#pragma OPENCL EXTENSION cl_khr_fp64 : enable
#endif
typedef REAL real;

// activation ids, as Activation.ordinal(): IDENTITY, STEP, SIGMOID, TANH, RELU, LEAKY_RELU
#define LEAKY_SLOPE ((real) 0.01)

inline real act_apply(int f, real x) {
  switch (f) {
    case 0: return x;
    case 1: return x > 0 ? (real) 1 : (real) 0;
    case 2: return (real) 1 / ((real) 1 + exp(-x));
    case 3: return tanh(x);
    case 4: return x <= 0 ? (real) 0 : x;
    default: return x <= 0 ? LEAKY_SLOPE * x : x;
  }
}

inline real act_backward(int f, real dout, real x, real y) {
  switch (f) {
    case 0: return dout;
    case 1: return (real) 0;
    case 2: return dout * ((real) 1 - y) * y;
    case 3: return dout * ((real) 1 - y * y);
    case 4: return x <= 0 ? (real) 0 : dout;
    default: return x <= 0 ? dout * LEAKY_SLOPE : dout;
  }
}

__kernel void fill(__global real* out, const real value, const int n) {
  int i = get_global_id(0);
  if (i < n) out[i] = value;
}

__kernel void zero_columns(__global real* c, const int rows, const int cols, const int j0, const int width) {
  int g = get_global_id(0);
  if (g < rows * width) c[(g / width) * cols + j0 + g % width] = 0;
}

__kernel void map_forward(__global const real* x, __global real* y, const int n, const int f) {
  int i = get_global_id(0);
  if (i < n) y[i] = act_apply(f, x[i]);
}

__kernel void map_columns(__global const real* x, __global real* y, const int rows, const int cols, const int j0,
                          const int width, const int f) {
  int g = get_global_id(0);
  if (g >= rows * width) return;
  int i = (g / width) * cols + j0 + g % width;
  y[i] = act_apply(f, x[i]);
}

__kernel void map_backward(__global const real* x, __global const real* y, __global const real* dout, __global real* dx,
                           const int n, const int f) {
  int i = get_global_id(0);
  if (i < n) dx[i] = act_backward(f, dout[i], x[i], y[i]);
}

// ops as BinaryOp.ordinal(): ADD, SUB, MUL, DIV
__kernel void zip(__global const real* a, __global const real* b, __global real* out, const int n, const int op) {
  int i = get_global_id(0);
  if (i >= n) return;
  real u = a[i], v = b[i];
  out[i] = op == 0 ? u + v : op == 1 ? u - v : op == 2 ? u * v : u / v;
}

__kernel void scale(__global const real* x, __global real* out, const real alpha, const int n) {
  int i = get_global_id(0);
  if (i < n) out[i] = alpha * x[i];
}

__kernel void divide(__global const real* x, __global real* out, const real d, const int n) {
  int i = get_global_id(0);
  if (i < n) out[i] = x[i] / d;
}

// x seen as [outer, dim, inner]
__kernel void add_bias(__global real* x, __global const real* bias, const int dim, const int inner, const int n) {
  int i = get_global_id(0);
  if (i < n) x[i] += bias[(i / inner) % dim];
}

__kernel void add_bias_columns(__global real* x, __global const real* bias, const int rows, const int cols, const int j0,
                               const int width) {
  int g = get_global_id(0);
  if (g >= rows * width) return;
  int j = j0 + g % width;
  x[(g / width) * cols + j] += bias[j];
}

// out[j] = one running sum over the other indices of x ([outer, dim, inner]) in row-major order
__kernel void sum_keeping_axis(__global const real* x, __global real* out, const int outer, const int dim,
                               const int inner) {
  int j = get_global_id(0);
  if (j >= dim) return;
  real s = 0;
  for (int o = 0; o < outer; o++) {
    int base = (o * dim + j) * inner;
    for (int i = 0; i < inner; i++) s += x[base + i];
  }
  out[j] = s;
}

// partial[c] = sum over chunk c of f(a, b): mode 0 a, 1 (a-b)^2, 2 |a-b|; the host adds the partials in order
__kernel void reduce_chunks(__global const real* a, __global const real* b, __global real* partial, const int n,
                            const int chunk, const int mode) {
  int c = get_global_id(0);
  int from = c * chunk;
  if (from >= n) return;
  int to = min(n, from + chunk);
  real s = 0;
  for (int i = from; i < to; i++) {
    if (mode == 0) {
      s += a[i];
    } else {
      real d = a[i] - b[i];
      s += mode == 1 ? d * d : fabs(d);
    }
  }
  partial[c] = s;
}

// the first largest element of a row; the first NaN wins, as in numpy.argmax
inline int row_argmax(__global const real* x, int off, int cols) {
  int best = 0;
  for (int j = 0; j < cols; j++) {
    real v = x[off + j];
    if (isnan(v)) return j;
    if (v > x[off + best]) best = j;
  }
  return best;
}

__kernel void argmax_rows(__global const real* x, __global int* out, const int rows, const int cols) {
  int r = get_global_id(0);
  if (r < rows) out[r] = row_argmax(x, r * cols, cols);
}

inline void softmax_row(__global const real* x, __global real* y, int off, int cols) {
  real m = x[off];
  for (int j = 1; j < cols; j++) m = fmax(m, x[off + j]);
  real s = 0;
  for (int j = 0; j < cols; j++) {
    real e = exp(x[off + j] - m);
    y[off + j] = e;
    s += e;
  }
  for (int j = 0; j < cols; j++) y[off + j] = y[off + j] / s;
}

__kernel void softmax_rows(__global const real* x, __global real* y, const int rows, const int cols) {
  int r = get_global_id(0);
  if (r < rows) softmax_row(x, y, r * cols, cols);
}

// per row: softmax, then log(p[label] + delta); a label that is not a class index gives NaN, which the host then explains
__kernel void softmax_ce(__global const real* x, __global const real* target, __global real* probs,
                         __global real* losses, const int rows, const int cols, const int oneHot, const real delta) {
  int r = get_global_id(0);
  if (r >= rows) return;
  softmax_row(x, probs, r * cols, cols);
  int label;
  if (oneHot) {
    label = row_argmax(target, r * cols, cols);
  } else {
    real t = target[r];
    label = (int) t;
    if ((real) label != t || label < 0 || label >= cols) {
      losses[r] = NAN;
      return;
    }
  }
  losses[r] = log(probs[r * cols + label] + delta);
}

__kernel void softmax_ce_backward(__global const real* probs, __global const real* target, __global real* dx,
                                  const int rows, const int cols, const int oneHot) {
  int i = get_global_id(0);
  if (i >= rows * cols) return;
  int r = i / cols;
  if (oneHot) {
    dx[i] = (probs[i] - target[i]) / rows;
  } else {
    real p = probs[i];
    if (i % cols == (int) target[r]) p -= 1;
    dx[i] = p / rows;
  }
}

// cols[n][(c,ky,kx)][(oy,ox)] = x[n][c][oy*s+ky-pad][ox*s+kx-pad], 0 in the padding
__kernel void im2col(__global const real* x, __global real* cols, const int N, const int C, const int H, const int W,
                     const int KH, const int KW, const int S, const int P, const int OH, const int OW) {
  int g = get_global_id(0);
  int total = N * C * KH * KW * OH * OW;
  if (g >= total) return;
  int ox = g % OW;
  int t = g / OW;
  int oy = t % OH;
  t /= OH;
  int kx = t % KW;
  t /= KW;
  int ky = t % KH;
  t /= KH;
  int c = t % C;
  int n = t / C;
  int iy = oy * S + ky - P, ix = ox * S + kx - P;
  cols[g] = iy < 0 || iy >= H || ix < 0 || ix >= W ? (real) 0 : x[((n * C + c) * H + iy) * W + ix];
}

// each pixel gathers its window entries in (ky, kx) order: the order the CPU's col2im adds them in
__kernel void col2im(__global const real* cols, __global real* dx, const int N, const int C, const int H, const int W,
                     const int KH, const int KW, const int S, const int P, const int OH, const int OW) {
  int g = get_global_id(0);
  if (g >= N * C * H * W) return;
  int ix = g % W;
  int t = g / W;
  int iy = t % H;
  t /= H;
  int c = t % C;
  int n = t / C;
  real s = 0;
  for (int ky = 0; ky < KH; ky++) {
    int ty = iy + P - ky;
    if (ty < 0 || ty % S != 0 || ty / S >= OH) continue;
    int oy = ty / S;
    for (int kx = 0; kx < KW; kx++) {
      int tx = ix + P - kx;
      if (tx < 0 || tx % S != 0 || tx / S >= OW) continue;
      int ox = tx / S;
      s += cols[((n * C + c) * KH * KW + ky * KW + kx) * OH * OW + oy * OW + ox];
    }
  }
  dx[g] = s;
}

__kernel void maxpool_forward(__global const real* x, __global real* out, __global real* argmax, const int planes,
                              const int H, const int W, const int KH, const int KW, const int S, const int P,
                              const int OH, const int OW) {
  int g = get_global_id(0);
  if (g >= planes * OH * OW) return;
  int ox = g % OW, oy = (g / OW) % OH, p = g / (OW * OH);
  real best = 0;
  int bestK = -1;
  for (int ky = 0; ky < KH; ky++) {
    int iy = oy * S + ky - P;
    for (int kx = 0; kx < KW; kx++) {
      int ix = ox * S + kx - P;
      real v = iy < 0 || iy >= H || ix < 0 || ix >= W ? (real) 0 : x[(p * H + iy) * W + ix];
      if (bestK < 0 || v > best || (isnan(v) && !isnan(best))) {
        best = v;
        bestK = ky * KW + kx;
      }
    }
  }
  out[g] = best;
  argmax[g] = bestK;
}

// each input pixel gathers the gradients of the windows whose maximum it was, in output order
__kernel void maxpool_backward(__global const real* dout, __global const real* argmax, __global real* dx,
                               const int planes, const int H, const int W, const int KH, const int KW, const int S,
                               const int P, const int OH, const int OW) {
  int g = get_global_id(0);
  if (g >= planes * H * W) return;
  int ix = g % W, iy = (g / W) % H, p = g / (W * H);
  real s = 0;
  int oyLo = max(0, (iy + P - KH + S) / S), oyHi = min(OH - 1, (iy + P) / S);
  int oxLo = max(0, (ix + P - KW + S) / S), oxHi = min(OW - 1, (ix + P) / S);
  for (int oy = oyLo; oy <= oyHi; oy++) {
    int ky = iy + P - oy * S;
    if (ky < 0 || ky >= KH) continue;
    for (int ox = oxLo; ox <= oxHi; ox++) {
      int kx = ix + P - ox * S;
      if (kx < 0 || kx >= KW) continue;
      int o = (p * OH + oy) * OW + ox;
      if ((int) argmax[o] == ky * KW + kx) s += dout[o];
    }
  }
  dx[g] = s;
}

__kernel void sgd_step(__global real* p, __global const real* g, const real lr, const int n) {
  int i = get_global_id(0);
  if (i < n) p[i] -= lr * g[i];
}

__kernel void momentum_step(__global real* p, __global const real* g, __global real* v, const real lr,
                            const real momentum, const int n) {
  int i = get_global_id(0);
  if (i >= n) return;
  v[i] = momentum * v[i] - lr * g[i];
  p[i] += v[i];
}

__kernel void adagrad_step(__global real* p, __global const real* g, __global real* h, const real lr, const real eps,
                           const int n) {
  int i = get_global_id(0);
  if (i >= n) return;
  h[i] += g[i] * g[i];
  p[i] -= lr * g[i] / (sqrt(h[i]) + eps);
}

__kernel void rmsprop_step(__global real* p, __global const real* g, __global real* h, const real lr, const real decay,
                           const real eps, const int n) {
  int i = get_global_id(0);
  if (i >= n) return;
  h[i] *= decay;
  h[i] += (1 - decay) * g[i] * g[i];
  p[i] -= lr * g[i] / (sqrt(h[i]) + eps);
}

// the textbook's form: lr_t comes from the host
__kernel void adam_textbook_step(__global real* p, __global const real* g, __global real* m, __global real* v,
                                 const real lrT, const real beta1, const real beta2, const real eps, const int n) {
  int i = get_global_id(0);
  if (i >= n) return;
  m[i] += (1 - beta1) * (g[i] - m[i]);
  v[i] += (1 - beta2) * (g[i] * g[i] - v[i]);
  p[i] -= lrT * m[i] / (sqrt(v[i]) + eps);
}

// lecture 000's form: c1 = 1 - beta1^t and c2 = 1 - beta2^t come from the host
__kernel void adam_inside_step(__global real* p, __global const real* g, __global real* m, __global real* v,
                               const real lr, const real beta1, const real beta2, const real eps, const real c1,
                               const real c2, const int n) {
  int i = get_global_id(0);
  if (i >= n) return;
  m[i] = beta1 * m[i] + (1 - beta1) * g[i];
  v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
  real mHat = m[i] / c1, vHat = v[i] / c2;
  p[i] -= lr * mHat / sqrt(vHat + eps);
}
