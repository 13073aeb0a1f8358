import { test } from 'node:test';
import assert from 'node:assert/strict';
import { count, total } from '../src/cart.js';

test('total sums price times quantity', () => {
  assert.equal(total([{ price: 2, quantity: 3 }, { price: 5, quantity: 0 }]), 6);
});

test('count adds quantities', () => {
  assert.equal(count([{ quantity: 2 }, { quantity: 1 }]), 3);
});
