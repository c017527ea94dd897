;; The second look's hidden sums, sixteen 8-bit weights at a time (WebAssembly SIMD).
;; Memory holds the networks' input rows side by side, bucket-major: row b is `width` signed bytes at
;; weights + b * width, every network's hidden units one after another, padded to a multiple of 16.
;; sums(weights, width, buckets, count, out) adds the rows of the `count` bucket numbers (32-bit) at `buckets`
;; into `width` 32-bit totals at `out`. Totals are 32-bit, so no message is long enough to overflow them.
;; After changing this file run `npm run safety:wasm`, which writes hidden-sums.wasm.
(module
  (import "env" "memory" (memory 1))
  (func (export "sums") (param $weights i32) (param $width i32) (param $buckets i32) (param $count i32) (param $out i32)
    (local $column i32) (local $i i32) (local $sixteen v128) (local $eight v128)
    (local $a v128) (local $b v128) (local $c v128) (local $d v128)
    ;; one column of sixteen units at a time, so its four totals stay in registers across all the rows
    (loop $columns
      (local.set $a (v128.const i32x4 0 0 0 0))
      (local.set $b (v128.const i32x4 0 0 0 0))
      (local.set $c (v128.const i32x4 0 0 0 0))
      (local.set $d (v128.const i32x4 0 0 0 0))
      (local.set $i (i32.const 0))
      (block $rows_done
        (loop $rows
          (br_if $rows_done (i32.ge_u (local.get $i) (local.get $count)))
          (local.set $sixteen
            (v128.load
              (i32.add
                (i32.add (local.get $weights) (local.get $column))
                (i32.mul
                  (i32.load (i32.add (local.get $buckets) (i32.shl (local.get $i) (i32.const 2))))
                  (local.get $width)))))
          ;; widen the sixteen bytes to 16 then 32 bits before adding
          (local.set $eight (i16x8.extend_low_i8x16_s (local.get $sixteen)))
          (local.set $a (i32x4.add (local.get $a) (i32x4.extend_low_i16x8_s (local.get $eight))))
          (local.set $b (i32x4.add (local.get $b) (i32x4.extend_high_i16x8_s (local.get $eight))))
          (local.set $eight (i16x8.extend_high_i8x16_s (local.get $sixteen)))
          (local.set $c (i32x4.add (local.get $c) (i32x4.extend_low_i16x8_s (local.get $eight))))
          (local.set $d (i32x4.add (local.get $d) (i32x4.extend_high_i16x8_s (local.get $eight))))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br $rows)))
      (v128.store offset=0 (i32.add (local.get $out) (i32.shl (local.get $column) (i32.const 2))) (local.get $a))
      (v128.store offset=16 (i32.add (local.get $out) (i32.shl (local.get $column) (i32.const 2))) (local.get $b))
      (v128.store offset=32 (i32.add (local.get $out) (i32.shl (local.get $column) (i32.const 2))) (local.get $c))
      (v128.store offset=48 (i32.add (local.get $out) (i32.shl (local.get $column) (i32.const 2))) (local.get $d))
      (local.set $column (i32.add (local.get $column) (i32.const 16)))
      (br_if $columns (i32.lt_u (local.get $column) (local.get $width))))))
