export function total(items) {
  let sum = 0;
  for (const item of items) {
    if (item.quantity > 0) {
      sum += item.price * item.quantity;
    }
  }
  return sum;
}

export function count(items) {
  return items.reduce((n, item) => n + item.quantity, 0);
}
